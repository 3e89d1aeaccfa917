package io.ugcbot.kit.ops;

import java.util.List;
import java.util.Map;

/**
 * What one part of a service keeps about a generation, a request or a user (a render job, a reservation, a speech
 * job), for {@code bin/trace}. Each row is a few named values; none when it knows nothing of the subject.
 */
@FunctionalInterface
public interface SubjectState {

    List<Map<String, Object>> describe(String subject);
}
