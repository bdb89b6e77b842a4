package io.trustbench.provisioning.ui.internal.inputs;

import io.trustbench.provisioning.core.flow.FlowInput;

/** One generated control of the options page, for one {@link FlowInput}. */
public interface InputField {

	/** Data key on every generated control: the input's key (tests and accessibility find it). */
	String KEY = "io.trustbench.provisioning.ui.input";

	FlowInput input();

	/** The value for the flow's options, or null to let the flow use its default. */
	String value();

	/** What is wrong with the value, in one line, or null. */
	String problem();

	/** While true the value is not known yet (kits still being listed): not an error, but no run either. */
	default boolean loading() {
		return false;
	}
}
