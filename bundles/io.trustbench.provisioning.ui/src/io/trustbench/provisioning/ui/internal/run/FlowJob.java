package io.trustbench.provisioning.ui.internal.run;

import java.nio.file.Path;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.progress.IProgressConstants;

import io.trustbench.provisioning.core.aws.ConnectionProfile;
import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowEnvironment;
import io.trustbench.provisioning.core.flow.FlowOptions;
import io.trustbench.provisioning.core.flow.FlowRegistry;
import io.trustbench.provisioning.core.flow.FlowRunner;
import io.trustbench.provisioning.core.flow.FlowSessions;
import io.trustbench.provisioning.ui.ProvisioningUi;
import io.trustbench.secureelement.core.DeviceManager;

/**
 * Runs one flow with the same runner the CLI uses. A re-run of the same flow against the same
 * target skips the steps that are still done: that is "retry from the failed step". The returned
 * status is the runner's (one line per failed step); the page shows it, so the workbench does not
 * prompt again.
 */
public final class FlowJob extends Job {

	/** What a run needs; the options may hold secrets, which go no further than the flow. */
	public record Request(FlowRegistry.Descriptor descriptor, Path workspace, DeviceManager devices,
			ConnectionProfile profile, FlowOptions options) {
	}

	private final Request request;
	private final RunListener listener;
	private final ProgressPanel panel;

	public FlowJob(Request request, RunListener listener, ProgressPanel panel) {
		super(request.descriptor().label());
		this.request = request;
		this.listener = listener;
		this.panel = panel;
		setUser(false);
		setRule(new StateFileRule(FlowSessions.stateFile(request.workspace(), request.descriptor().id(), request.profile())));
		setProperty(IProgressConstants.NO_IMMEDIATE_ERROR_PROMPT_PROPERTY, Boolean.TRUE);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		IProgressMonitor progress = panel == null ? monitor : new PanelProgressMonitor(monitor, panel);
		try {
			Flow flow = request.descriptor().create(new FlowEnvironment(request.workspace(), request.devices(), request.options()));
			try (FlowContext context = FlowSessions.open(request.workspace(), request.devices(), flow.id(), request.profile(),
					request.options(), listener::log)) {
				listener.planned(flow.steps(context));
				FlowRunner.Result result = new FlowRunner(listener).run(flow, context, progress);
				Map<String, String> summary = flow.summary(context.state());
				listener.finished(result, summary);
				return result.cancelled() ? Status.CANCEL_STATUS : result.status();
			}
		} catch (Exception | LinkageError e) {
			IStatus status = Status.error(request.descriptor().label() + ": " + FlowRunner.oneLine(e), e);
			listener.failedToStart(status);
			return status;
		} finally {
			progress.done();
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ProvisioningUi.JOB_FAMILY;
	}
}
