package io.trustbench.tlsclient.core.internal;

import java.io.IOException;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Vector;

import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.Certificate;
import org.bouncycastle.tls.CertificateEntry;
import org.bouncycastle.tls.CertificateRequest;
import org.bouncycastle.tls.ClientCertificateType;
import org.bouncycastle.tls.DefaultTlsClient;
import org.bouncycastle.tls.NameType;
import org.bouncycastle.tls.NamedGroup;
import org.bouncycastle.tls.ProtocolVersion;
import org.bouncycastle.tls.SecurityParameters;
import org.bouncycastle.tls.ServerName;
import org.bouncycastle.tls.SignatureAndHashAlgorithm;
import org.bouncycastle.tls.SignatureScheme;
import org.bouncycastle.tls.TlsAuthentication;
import org.bouncycastle.tls.TlsCredentials;
import org.bouncycastle.tls.TlsFatalAlert;
import org.bouncycastle.tls.TlsServerCertificate;
import org.bouncycastle.tls.TlsUtils;
import org.bouncycastle.tls.DefaultTlsCredentialedSigner;
import org.bouncycastle.tls.crypto.TlsCertificate;
import org.bouncycastle.tls.crypto.TlsCryptoParameters;
import org.bouncycastle.tls.crypto.TlsSecret;

import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.tlsclient.core.KeyLog;

/**
 * The BouncyCastle client side of the hardened handshake: offers only what a P-256 device can do
 * (group secp256r1, ECDHE-ECDSA suites, TLS 1.3 AEAD suites), presents the device's chain and
 * signs CertificateVerify on the device, hands the server chain to {@link ServerChainValidator},
 * and keeps the session secrets for the NSS key log.
 */
public final class HardenedTlsClient extends DefaultTlsClient {

	private final ProtocolVersion[] versions;
	private final int[] suites;
	private final String host;
	private final List<X509Certificate> clientChain;
	private final SecureElement device;
	private final int keySlot;
	private final ServerChainValidator validator;
	private final KeyLog keyLog;
	private boolean clientCertificateSent;
	private String alert;

	public HardenedTlsClient(DeviceTlsCrypto crypto, ProtocolVersion[] versions, int[] suites, String host,
			List<X509Certificate> clientChain, SecureElement device, int keySlot, ServerChainValidator validator,
			KeyLog keyLog) {
		super(crypto);
		this.versions = versions.clone();
		this.suites = suites.clone();
		this.host = host;
		this.clientChain = clientChain;
		this.device = device;
		this.keySlot = keySlot;
		this.validator = validator;
		this.keyLog = keyLog;
	}

	@Override
	protected ProtocolVersion[] getSupportedVersions() {
		return versions.clone();
	}

	@Override
	protected int[] getSupportedCipherSuites() {
		return TlsUtils.getSupportedCipherSuites(getCrypto(), suites);
	}

	@Override
	protected Vector getSupportedGroups(Vector namedGroupRoles) {
		Vector<Integer> groups = new Vector<>();
		groups.add(NamedGroup.secp256r1);
		return groups;
	}

	@Override
	protected Vector getSupportedSignatureAlgorithms() {
		Vector<SignatureAndHashAlgorithm> algorithms = new Vector<>();
		// The device verifies the first; the others are checked in software (RSA or P-384 CAs).
		for (int scheme : new int[] { SignatureScheme.ecdsa_secp256r1_sha256, SignatureScheme.ecdsa_secp384r1_sha384,
				SignatureScheme.rsa_pss_rsae_sha256, SignatureScheme.rsa_pss_rsae_sha384,
				SignatureScheme.rsa_pkcs1_sha256, SignatureScheme.rsa_pkcs1_sha384 }) {
			algorithms.add(SignatureScheme.getSignatureAndHashAlgorithm(scheme));
		}
		return algorithms;
	}

	@Override
	protected Vector getSNIServerNames() {
		if (host.matches("[0-9.]+") || host.contains(":")) {
			return null;
		}
		Vector<ServerName> names = new Vector<>();
		names.add(new ServerName(NameType.host_name, IDN.toASCII(host).getBytes(StandardCharsets.US_ASCII)));
		return names;
	}

	@Override
	public TlsAuthentication getAuthentication() {
		return new TlsAuthentication() {
			@Override
			public void notifyServerCertificate(TlsServerCertificate serverCertificate) throws IOException {
				validator.validate(serverCertificate.getCertificate().getCertificateList());
				SecurityParameters sp = context.getSecurityParametersHandshake();
				if (TlsUtils.isTLSv13(sp.getNegotiatedVersion())) {
					// Handshake traffic keys are in place while the server's Certificate is processed.
					logSecret("CLIENT_HANDSHAKE_TRAFFIC_SECRET", sp, sp.getTrafficSecretClient());
					logSecret("SERVER_HANDSHAKE_TRAFFIC_SECRET", sp, sp.getTrafficSecretServer());
				}
			}

			@Override
			public TlsCredentials getClientCredentials(CertificateRequest request) throws IOException {
				return credentials(request);
			}
		};
	}

	private TlsCredentials credentials(CertificateRequest request) throws IOException {
		SecurityParameters sp = context.getSecurityParametersHandshake();
		boolean tls13 = TlsUtils.isTLSv13(sp.getNegotiatedVersion());
		if (!tls13 && !contains(request.getCertificateTypes(), ClientCertificateType.ecdsa_sign)) {
			throw new TlsFatalAlert(AlertDescription.handshake_failure,
					"the server does not accept ECDSA client certificates");
		}
		Vector<?> algorithms = request.getSupportedSignatureAlgorithms();
		if (algorithms != null && !algorithms.contains(DeviceSigner.ALGORITHM)) {
			throw new TlsFatalAlert(AlertDescription.handshake_failure,
					"the server does not accept ecdsa_secp256r1_sha256, the only signature the device makes");
		}
		TlsCertificate[] certs = new TlsCertificate[clientChain.size()];
		try {
			for (int i = 0; i < certs.length; i++) {
				certs[i] = getCrypto().createCertificate(clientChain.get(i).getEncoded());
			}
		} catch (CertificateEncodingException e) {
			throw new TlsFatalAlert(AlertDescription.internal_error, e);
		}
		Certificate certificate;
		if (tls13) {
			CertificateEntry[] entries = new CertificateEntry[certs.length];
			for (int i = 0; i < certs.length; i++) {
				entries[i] = new CertificateEntry(certs[i], null);
			}
			certificate = new Certificate(request.getCertificateRequestContext(), entries);
		} else {
			certificate = new Certificate(certs);
		}
		clientCertificateSent = true;
		return new DefaultTlsCredentialedSigner(new TlsCryptoParameters(context), new DeviceSigner(device, keySlot),
				certificate, DeviceSigner.ALGORITHM);
	}

	@Override
	public void notifyHandshakeComplete() throws IOException {
		super.notifyHandshakeComplete();
		SecurityParameters sp = context.getSecurityParametersConnection();
		if (TlsUtils.isTLSv13(sp.getNegotiatedVersion())) {
			logSecret("CLIENT_TRAFFIC_SECRET_0", sp, sp.getTrafficSecretClient());
			logSecret("SERVER_TRAFFIC_SECRET_0", sp, sp.getTrafficSecretServer());
			logSecret("EXPORTER_SECRET", sp, sp.getExporterMasterSecret());
		} else {
			logSecret("CLIENT_RANDOM", sp, sp.getMasterSecret());
		}
	}

	private void logSecret(String label, SecurityParameters sp, TlsSecret secret) {
		byte[] bytes = SecretAccess.copy(secret);
		if (bytes != null) {
			keyLog.add(label, sp.getClientRandom(), bytes);
		}
	}

	@Override
	public void notifyAlertRaised(short alertLevel, short alertDescription, String message, Throwable cause) {
		alert = "sent alert " + AlertDescription.getText(alertDescription) + (message == null ? "" : ": " + message);
	}

	@Override
	public void notifyAlertReceived(short alertLevel, short alertDescription) {
		alert = "server sent alert " + AlertDescription.getText(alertDescription);
	}

	/** The last alert sent or received, for error messages; null if none. */
	public String lastAlert() {
		return alert;
	}

	public boolean clientCertificateSent() {
		return clientCertificateSent;
	}

	public SecurityParameters securityParameters() {
		return context == null ? null : context.getSecurityParametersConnection();
	}

	private static boolean contains(short[] values, short value) {
		if (values == null) {
			return false;
		}
		for (short v : values) {
			if (v == value) {
				return true;
			}
		}
		return false;
	}
}
