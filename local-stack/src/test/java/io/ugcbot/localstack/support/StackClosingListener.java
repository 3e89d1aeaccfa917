package io.ugcbot.localstack.support;

import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/** Stops the shared stack once all tests ran, in order, before the JVM's shutdown hooks start racing. */
public class StackClosingListener implements TestExecutionListener {

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        try {
            SharedStack.close();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
