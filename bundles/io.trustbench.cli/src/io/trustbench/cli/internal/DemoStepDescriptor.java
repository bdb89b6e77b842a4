package io.trustbench.cli.internal;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;

import io.trustbench.cli.demo.DemoStep;
import io.trustbench.core.ContributionReader;

/** A contributed demo step: id, label and order read eagerly, the class created when it runs. */
public record DemoStepDescriptor(String id, String label, int order, String contributor, IConfigurationElement element) {

	static DemoStepDescriptor from(IConfigurationElement element) {
		String id = ContributionReader.required(element, "id");
		String label = ContributionReader.required(element, "label");
		ContributionReader.required(element, "class");
		int order;
		try {
			order = Integer.parseInt(ContributionReader.required(element, "order").trim());
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("order of demo step '" + id + "' is not a number");
		}
		return new DemoStepDescriptor(id, label, order, element.getContributor().getName(), element);
	}

	DemoStep create() throws CoreException {
		return (DemoStep) element.createExecutableExtension("class");
	}
}
