package io.trustbench.decoder.ui.internal.editor;

import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.Job;

import io.trustbench.decoder.ui.DecoderUi;

/**
 * Jobs of one editor: they belong to the editor (cancelled when it closes or re-decodes) and to
 * the decoder family (tests join it). Passes over the file (index, filter) run one at a time
 * under the editor's rule, so a filter waits for the index it needs.
 */
final class EditorJobs {

	private final Object owner;
	private final ISchedulingRule passRule = new ISchedulingRule() {
		@Override
		public boolean contains(ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(ISchedulingRule rule) {
			return rule == this;
		}
	};

	EditorJobs(Object owner) {
		this.owner = owner;
	}

	/** Schedules a pass over the whole file (progress shown, serialised with the other passes). */
	Job pass(String name, Function<IProgressMonitor, IStatus> body) {
		Job job = create(name, body);
		job.setRule(passRule);
		job.schedule();
		return job;
	}

	/** Schedules a short decoding job that the user need not see. */
	Job quick(String name, Function<IProgressMonitor, IStatus> body) {
		Job job = create(name, body);
		job.setSystem(true);
		job.schedule();
		return job;
	}

	/** Cancels every job of this editor. */
	void cancelAll() {
		Job.getJobManager().cancel(owner);
	}

	private Job create(String name, Function<IProgressMonitor, IStatus> body) {
		return new Job(name) {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				return body.apply(monitor);
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == DecoderUi.JOB_FAMILY || family == owner;
			}
		};
	}
}
