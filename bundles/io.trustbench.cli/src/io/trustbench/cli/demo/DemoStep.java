package io.trustbench.cli.demo;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;

/**
 * One step of {@code ./trustbench demo}, contributed through {@code io.trustbench.cli.demoSteps}.
 * A step reports what it did on {@link DemoContext#out()}, leaves what later steps need in the
 * context, and returns an error status (never throws for expected failures).
 */
public interface DemoStep {

	IStatus run(DemoContext context, IProgressMonitor monitor) throws Exception;
}
