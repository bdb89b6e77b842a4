package io.trustbench.provisioning.ui.internal.run;

import java.nio.file.Path;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/** Two runs of the same flow against the same target share a state file: they must not overlap. */
final class StateFileRule implements ISchedulingRule {

	private final Path stateFile;

	StateFileRule(Path stateFile) {
		this.stateFile = stateFile.toAbsolutePath().normalize();
	}

	@Override
	public boolean contains(ISchedulingRule rule) {
		return rule == this;
	}

	@Override
	public boolean isConflicting(ISchedulingRule rule) {
		return rule instanceof StateFileRule other && other.stateFile.equals(stateFile);
	}
}
