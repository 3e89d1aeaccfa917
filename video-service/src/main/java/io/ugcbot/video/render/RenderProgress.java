package io.ugcbot.video.render;

/** How far a render got, reported while it runs; the job turns it into VideoProgress events and keeps its lease. */
@FunctionalInterface
public interface RenderProgress {

    RenderProgress NONE = (percent, queuePosition) -> {
    };

    /**
     * @param percent       of the render itself, 0–100 (the job maps it into its own stages)
     * @param queuePosition the provider's queue position while waiting there; 0 once running
     */
    void report(int percent, int queuePosition);
}
