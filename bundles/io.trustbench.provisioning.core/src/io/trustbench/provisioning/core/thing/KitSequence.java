package io.trustbench.provisioning.core.thing;

import java.nio.charset.StandardCharsets;

import io.trustbench.core.Hex;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.secureelement.core.kit.KitClient;

/**
 * The seed's PREPARE AWS THING exchange (§1.7) in kit-protocol commands, the same for real kits and
 * emulated ones. Strings are sent as zero-padded hex (the seed's tool did not pad, so characters
 * below 0x10 broke); the signer certificate is saved before the host info, so that the AKI write of
 * {@code aws:sc} cannot overwrite the thing name in slot 8 (the seed's order could).
 */
final class KitSequence {

	static final int SIGNER_SLOT = 3;
	static final int CERT_SIGNER = 0x01;
	static final int CERT_DEVICE = 0x03;

	private KitSequence() {
	}

	/** thing ← {@code aws:i(<signer public key>)}: new device key in slot 0, returns the device cert's TBS digest. */
	static byte[] buildDeviceTbs(KitClient thing, byte[] signerPublicKey) throws SecureElementException {
		byte[] digest = thing.expectOk("aws:i(" + Hex.encodeUpper(signerPublicKey) + ")").data();
		if (digest.length != 32) {
			throw new SecureElementException(thing.endpoint() + ": aws:i returned " + digest.length + " bytes, not a 32-byte TBS digest");
		}
		return digest;
	}

	/** thing ← {@code aws:ss(03,<R‖S>)}: the thing stores the signature as its compressed certificate. */
	static void saveDeviceSignature(KitClient thing, byte[] signature) throws SecureElementException {
		thing.expectOk("aws:ss(03," + Hex.encodeUpper(signature) + ")");
	}

	/** thing ← {@code aws:sc(01,<PEM>)}: signer public key, compressed signer certificate, AKI. */
	static void saveSignerCertificate(KitClient thing, String signerPem) throws SecureElementException {
		thing.expectOk("aws:sc(01," + signerPem.trim() + ")");
	}

	/** thing ← {@code aws:sh(<host>,<thing name>)}. */
	static void saveHostInfo(KitClient thing, String endpoint, String thingName) throws SecureElementException {
		thing.expectOk("aws:sh(" + hexText(endpoint, 64, "endpoint") + "," + hexText(thingName, 32, "thing name") + ")");
	}

	/** thing ← {@code aws:sw(<ssid>,<psk>)}: the Wi-Fi credentials go into the thing, nowhere else. */
	static void saveWifi(KitClient thing, String ssid, String psk) throws SecureElementException {
		thing.expectOk("aws:sw(" + hexText(ssid, 32, "Wi-Fi SSID") + "," + hexText(psk, 32, "Wi-Fi password") + ")");
	}

	/** The thing's rebuilt device certificate, PEM. */
	static String deviceCertificate(KitClient thing) throws SecureElementException {
		return thing.awsCertificatePem(CERT_DEVICE);
	}

	private static String hexText(String text, int max, String what) {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		if (bytes.length > max) {
			throw new IllegalArgumentException(what + " is longer than " + max + " bytes (the thing's slot 8 layout)");
		}
		return Hex.encodeUpper(bytes);
	}
}
