package io.trustbench.provisioning.core.flow;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A provisioning flow (BYOC, JITR, JITP, or a vendor's): an ordered list of resumable steps. */
public interface Flow {

	String id();

	String label();

	/** One paragraph for the wizard's first page and the CLI help. */
	String description();

	/** What the run needs from the user; the wizard's options page and the CLI options are built from it. */
	default List<FlowInput> inputs() {
		return List.of();
	}

	/** The steps for this run; progress is saved in the context's state. */
	List<FlowStep> steps(FlowContext context);

	/** Result lines for the wizard's summary page and the CLI's summary, from the saved state. */
	default Map<String, String> summary(FlowState state) {
		return new LinkedHashMap<>(state.values());
	}
}
