package io.trustbench.tlsclient.core.thing;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.trustbench.pki.core.atcacert.AsiCertificateDefinitions;
import io.trustbench.pki.core.atcacert.AtcacertException;
import io.trustbench.pki.core.atcacert.CertificateRebuilder;
import io.trustbench.pki.core.atcacert.CompressedCertificate;
import io.trustbench.pki.core.atcacert.DeviceData;
import io.trustbench.pki.core.atcacert.KnownCertificateDefinitions;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;
import io.trustbench.tlsclient.core.DeviceIdentity;
import io.trustbench.tlsclient.core.TlsClientOptions;

/**
 * The thing's certificate chain rebuilt from the device, as the seed's firmware does at TLS time
 * ({@code atecc508cb.c}, device-protocol.md §1.9): the device certificate from its compressed
 * form in slot 10 and the public key of slot 0 (GenKey mode 0), with the signer key of slot 11 as
 * CA key; the signer certificate from slot 12, the slot-11 key and the authority key ID in slot 8
 * at offset 180.
 */
public record ThingCertificates(X509Certificate device, X509Certificate signer) {

	public static final int DEVICE_CERT_SLOT = 10;
	public static final int SIGNER_KEY_SLOT = 11;
	public static final int SIGNER_CERT_SLOT = 12;

	/** Reads the slots and rebuilds both certificates; a clear error if the thing is not provisioned. */
	public static ThingCertificates read(SecureElement thing, IProgressMonitor monitor) throws SecureElementException {
		SubMonitor sub = SubMonitor.convert(monitor, "Rebuilding certificates of " + thing.descriptor().id(), 6);
		byte[] deviceSlot = thing.readSlot(DEVICE_CERT_SLOT, sub.split(1));
		byte[] signerSlot = thing.readSlot(SIGNER_CERT_SLOT, sub.split(1));
		byte[] signerKey = thing.publicKey(SIGNER_KEY_SLOT, sub.split(1));
		byte[] deviceKey = thing.publicKey(TlsClientOptions.THING_KEY_SLOT, sub.split(1));
		ThingUserData userData = ThingUserData.read(thing, sub.split(1));
		byte[] serialNumber = thing.serialNumber(sub.split(1));
		String id = thing.descriptor().id();
		if (isBlank(deviceSlot) || isBlank(signerSlot)) {
			throw new SecureElementException(id + " holds no compressed certificates in slots 10 and 12 "
					+ "(provision the thing first: PREPARE AWS THING / the jitr demo step)");
		}
		try {
			CompressedCertificate deviceCompressed = CompressedCertificate.parse(Arrays.copyOf(deviceSlot, 72));
			CompressedCertificate signerCompressed = CompressedCertificate.parse(Arrays.copyOf(signerSlot, 72));
			// The template id in slot 10 says which layout the thing was provisioned with (seed or fleet, CN = sn + serial).
			byte[] deviceDer = CertificateRebuilder.rebuild(KnownCertificateDefinitions.forCompressed(deviceCompressed),
					deviceCompressed, DeviceData.of(deviceKey).caPublicKey(signerKey).deviceSerialNumber(serialNumber));
			byte[] signerDer = CertificateRebuilder.rebuild(AsiCertificateDefinitions.signer(), signerCompressed,
					DeviceData.of(signerKey).extraElement(AsiCertificateDefinitions.SIGNER_AUTHORITY_KEY_ID,
							userData.signerAuthorityKeyId()));
			return new ThingCertificates(x509(deviceDer), x509(signerDer));
		} catch (AtcacertException | CertificateException e) {
			throw new SecureElementException(id + ": cannot rebuild its certificates: " + e.getMessage(), e);
		}
	}

	/** Device certificate, then signer certificate (JITR needs the signer in the chain), key in slot 0. */
	public DeviceIdentity identity() {
		return new DeviceIdentity(List.of(device, signer), TlsClientOptions.THING_KEY_SLOT);
	}

	static X509Certificate x509(byte[] der) throws CertificateException {
		return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
	}

	private static boolean isBlank(byte[] slot) {
		for (byte b : slot) {
			if (b != 0 && b != (byte) 0xFF) {
				return false;
			}
		}
		return true;
	}
}
