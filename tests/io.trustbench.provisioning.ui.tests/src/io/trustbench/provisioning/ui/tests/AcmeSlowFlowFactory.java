package io.trustbench.provisioning.ui.tests;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowEnvironment;
import io.trustbench.provisioning.core.flow.FlowFactory;
import io.trustbench.provisioning.ui.tests.TestFlows.TestFlow;
import io.trustbench.provisioning.ui.tests.TestFlows.TestStep;

/**
 * A vendor's flow whose second step waits for an answer that never comes (a back end that hangs):
 * it ends only when the run is cancelled, and says so.
 */
public final class AcmeSlowFlowFactory implements FlowFactory {

	static final String ID = "acme-slow";
	/** Set when the waiting step saw the cancellation. */
	static final AtomicBoolean CANCELLED = new AtomicBoolean();

	@Override
	public Flow create(FlowEnvironment environment) {
		return new TestFlow(ID, "ACME slow onboarding", "Reads the kit, then waits for the ACME back end.", List.of(),
				List.of(AcmeFlowFactory.readSerial(), new TestStep("wait", "Wait for the back end",
						"The back end confirms the device; this one never answers.", AcmeSlowFlowFactory::waitForCancel)));
	}

	private static void waitForCancel(FlowContext context, IProgressMonitor monitor) {
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
		while (!monitor.isCanceled()) {
			if (System.nanoTime() > deadline) {
				throw new IllegalStateException("never cancelled");
			}
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
		}
		CANCELLED.set(true);
		throw new OperationCanceledException();
	}
}
