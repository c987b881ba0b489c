package th.ita.report.serve;

import java.nio.file.Path;
import java.util.concurrent.Executor;

/**
 * One serve process as its status page sees it: the folders it compiles, its schedule, and its
 * runs. The web context reads the page's state from here for each request and asks for a run here.
 *
 * @param offices  the output folder holds many offices ({@code serve --offices})
 * @param scheduler where a run asked for from the page runs: the scheduler's one thread
 */
record Served(Path output, Path definition, boolean offices, NightlySchedule schedule, NightlyRun nightly,
              Executor scheduler) {

    /** The page's state now. */
    StatusPage.Site site() {
        return new StatusPage.Site(output, definition, schedule, nightly.last(), nightly.busy(), offices);
    }

    /**
     * Asks for a run now, unless one is going or already asked for.
     *
     * @return false when busy
     */
    boolean runNow() {
        return nightly.request(scheduler);
    }
}
