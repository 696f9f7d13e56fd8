package dev.oner.ops;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param warmUp the questions asked before the app reports itself ready
 * @param trainingRun only in the build's class-data sharing training start (README, "Start-up"): the app asks itself
 *     what first users ask, then exits. A setting read at run time rather than a condition, since the ahead-of-time
 *     processed start fixes conditions as the build saw them
 */
@ConfigurationProperties("oner.ops")
record OpsProperties(@Valid @NotNull @DefaultValue WarmUp warmUp, boolean trainingRun) {

    /**
     * @param questions how many questions to ask at most (0 turns warming up off). Five: the warm-up runs beside
     *     the first requests on the open port, so a longer one competed with them; over nine alternating starts
     *     against 60 (load 5) the first answer came 7.5 -> 7.2 s, readiness 7.7 -> 7.3 s, and the first 30
     *     questions after readiness were no slower (p50 37 -> 33 ms)
     * @param budget the longest warming up may take, so a slow machine is not kept from serving. Half a second:
     *     the first few questions pay the first-run costs (about 60 ms each, then 20-30 ms); a longer warm-up
     *     delayed readiness by 1.2-1.5 s for no latency difference measurable on the shared 2-core machine
     */
    record WarmUp(
            @PositiveOrZero @DefaultValue("5") int questions,
            @NotNull @DefaultValue("500ms") Duration budget) {}
}
