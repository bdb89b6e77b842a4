package io.trustbench.provisioning.ui.internal.handlers;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.core.commands.IParameterValues;

import io.trustbench.provisioning.core.flow.FlowRegistry;

/** The flow ids the command accepts (key bindings, the Quick Access list): every contributed flow. */
public final class FlowIdValues implements IParameterValues {

	@Override
	public Map<String, String> getParameterValues() {
		Map<String, String> values = new LinkedHashMap<>();
		FlowRegistry.flows().forEach(flow -> values.put(flow.label(), flow.id()));
		return values;
	}
}
