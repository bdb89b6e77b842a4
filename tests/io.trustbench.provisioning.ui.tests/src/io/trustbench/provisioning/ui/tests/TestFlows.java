package io.trustbench.provisioning.ui.tests;

import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.provisioning.core.flow.Flow;
import io.trustbench.provisioning.core.flow.FlowContext;
import io.trustbench.provisioning.core.flow.FlowInput;
import io.trustbench.provisioning.core.flow.FlowStep;

/** Vendor flows for the tests, written as data: what a vendor's flow looks like to the wizard. */
final class TestFlows {

	/** What a step does. */
	@FunctionalInterface
	interface Work {
		void run(FlowContext context, IProgressMonitor monitor) throws Exception;
	}

	record TestFlow(String id, String label, String description, List<FlowInput> inputs, List<FlowStep> steps)
			implements Flow {

		@Override
		public List<FlowStep> steps(FlowContext context) {
			return steps;
		}
	}

	record TestStep(String id, String label, String explanation, Work work) implements FlowStep {

		@Override
		public void run(FlowContext context, IProgressMonitor monitor) throws Exception {
			work.run(context, monitor);
		}
	}

	private TestFlows() {
	}
}
