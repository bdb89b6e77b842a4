package io.trustbench.secureelement.core.kit;

import org.eclipse.core.runtime.IProgressMonitor;

import io.trustbench.secureelement.core.SecureElementException;

/**
 * Implements {@code aws:} commands of an emulated kit that need more than the chip, i.e. the
 * atcacert certificate codec: {@code i} (build TBS, return digest), {@code ss} (save signature,
 * write compressed cert), {@code sc} (save signer cert), {@code g(03)} (rebuild the device
 * certificate). Contributed by the PKI bundle to {@code io.trustbench.secureelement.core.awsCommands};
 * the secure-element bundle itself implements the chip-only commands {@code p}, {@code si},
 * {@code sh}, {@code sw}, {@code sr}, {@code gr} and chunked {@code g} of stored PEM blobs.
 */
public interface AwsCommandHandler {

	/**
	 * @return the reply, or {@code null} if this handler does not implement the command for this
	 *         kit (the next handler, then the built-in ones, are asked)
	 */
	KitReply handle(AwsCommand command, AwsKitContext kit, IProgressMonitor monitor) throws SecureElementException;
}
