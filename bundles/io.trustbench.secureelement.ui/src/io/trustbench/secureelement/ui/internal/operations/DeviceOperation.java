package io.trustbench.secureelement.ui.internal.operations;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;

/** One chip operation, run by a {@link DeviceJob} with the chip already open. */
@FunctionalInterface
public interface DeviceOperation {

	OperationResult run(SecureElement chip, IProgressMonitor monitor) throws SecureElementException;
}
