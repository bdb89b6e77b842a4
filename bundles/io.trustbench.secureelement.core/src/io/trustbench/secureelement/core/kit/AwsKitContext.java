package io.trustbench.secureelement.core.kit;

import java.util.Optional;

import io.trustbench.secureelement.core.SecureElement;

/**
 * What an {@link AwsCommandHandler} gets from the emulated kit that received the command: the
 * kit's own chip (through the normal packet API, so private keys stay inside) and the kit
 * firmware's flash for certificate blobs that do not fit the chip.
 */
public interface AwsKitContext {

	/**
	 * Setting naming the certificate definition of a thing's device certificate (a name of the PKI
	 * bundle's {@code KnownCertificateDefinitions}, e.g. {@code fleet-device}); unset: the seed's ASI
	 * device template. Fleet things made by {@code DeviceManager.ensureEmulatedThings} have it.
	 */
	String DEVICE_CERTIFICATE_DEFINITION = "device-certificate-definition";

	/** Device id of the kit ({@code emu-thing}), the source of its log lines. */
	String id();

	/** Device-type id of the kit: {@code root-dongle}, {@code signer-dongle}, {@code thing}. */
	String kind();

	/** The kit's chip. Do not close it. */
	SecureElement chip();

	/** A blob stored in the kit firmware's flash (persisted with the kit state), e.g. {@code cert.01.pem}. */
	Optional<byte[]> blob(String name);

	void putBlob(String name, byte[] content);

	/** A setting the kit was created with (saved with its state), e.g. {@link #DEVICE_CERTIFICATE_DEFINITION}. */
	default Optional<String> setting(String name) {
		return Optional.empty();
	}
}
