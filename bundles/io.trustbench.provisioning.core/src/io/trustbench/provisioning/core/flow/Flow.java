package io.trustbench.provisioning.core.flow;

import java.util.List;

/** A provisioning flow (BYOC, JITR, JITP, or a vendor's): an ordered list of resumable steps. */
public interface Flow {

	String id();

	String label();

	/** One paragraph for the wizard's first page and the CLI help. */
	String description();

	/** The steps for this run; the state file is named after {@link FlowContext#stateName()}. */
	List<FlowStep> steps(FlowContext context);
}
