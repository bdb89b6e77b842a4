package io.trustbench.tlsclient.core.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.bouncycastle.tls.CertificateType;
import org.bouncycastle.tls.NamedGroup;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsECConfig;
import org.bouncycastle.tls.crypto.TlsECDomain;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsCrypto;
import org.bouncycastle.tls.crypto.impl.bc.BcTlsECDomain;

import io.trustbench.secureelement.core.SecureElement;

/**
 * BouncyCastle's TLS crypto with the device in the three places that matter: P-256 key agreement
 * runs through the device (ephemeral key made by GenKey in an ECDH slot, shared secret by ECDH),
 * and, when asked, server signatures on P-256 are checked with the device's Verify command.
 * Record protection, hashing and key derivation stay on the host, as on the seed's SAMG55.
 */
public final class DeviceTlsCrypto extends BcTlsCrypto {

	private final SecureElement device;
	private final int ecdheSlot;
	private final boolean deviceVerify;
	private final List<String> deviceChecks = new ArrayList<>();

	public DeviceTlsCrypto(SecureElement device, int ecdheSlot, boolean deviceVerify) {
		super(new SecureRandom());
		this.device = device;
		this.ecdheSlot = ecdheSlot;
		this.deviceVerify = deviceVerify;
	}

	SecureElement device() {
		return device;
	}

	boolean deviceVerify() {
		return deviceVerify;
	}

	/** What the device checked during the handshake, one line each, in order. */
	public synchronized List<String> deviceChecks() {
		return List.copyOf(deviceChecks);
	}

	synchronized void noteDeviceCheck(String line) {
		deviceChecks.add(line);
	}

	@Override
	public boolean hasNamedGroup(int namedGroup) {
		return namedGroup == NamedGroup.secp256r1;
	}

	@Override
	public TlsECDomain createECDomain(TlsECConfig ecConfig) {
		if (ecConfig.getNamedGroup() != NamedGroup.secp256r1) {
			// The client offers P-256 only; a server choosing another group is refused, not served in software.
			throw new IllegalArgumentException("the device does ECDH on P-256 only, not "
					+ NamedGroup.getName(ecConfig.getNamedGroup()));
		}
		BcTlsECDomain software = new BcTlsECDomain(this, ecConfig);
		return () -> new DeviceEcdhAgreement(this, software, device, ecdheSlot);
	}

	@Override
	public TlsCertificate createCertificate(short type, byte[] encoding) throws IOException {
		if (type == CertificateType.X509 && deviceVerify) {
			return new DeviceVerifiedCertificate(this, encoding);
		}
		return super.createCertificate(type, encoding);
	}
}
