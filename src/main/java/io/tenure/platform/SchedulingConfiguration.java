package io.tenure.platform;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/** Scheduled work (nightly recomputes, following new events): a small pool, so one slow job does not hold up the others. */
@Configuration
@EnableScheduling
class SchedulingConfiguration {

	@Bean
	ThreadPoolTaskScheduler taskScheduler() {
		ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
		scheduler.setPoolSize(3);
		scheduler.setThreadNamePrefix("tenure-scheduled-");
		scheduler.setWaitForTasksToCompleteOnShutdown(false);
		return scheduler;
	}
}
