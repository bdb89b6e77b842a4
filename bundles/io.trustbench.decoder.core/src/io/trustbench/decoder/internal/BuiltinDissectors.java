package io.trustbench.decoder.internal;

import io.trustbench.decoder.DissectorRegistry;
import io.trustbench.decoder.net.EthernetDissector;
import io.trustbench.decoder.net.Ipv4Dissector;
import io.trustbench.decoder.net.Ipv6Dissector;
import io.trustbench.decoder.net.LinkLayers;
import io.trustbench.decoder.net.LinuxCookedDissector;
import io.trustbench.decoder.net.LoopbackDissector;
import io.trustbench.decoder.net.RawIpDissector;
import io.trustbench.decoder.net.UdpDissector;
import io.trustbench.decoder.quic.QuicDissector;
import io.trustbench.decoder.tcp.TcpDissector;
import io.trustbench.decoder.tls.TlsProtocol;
import io.trustbench.decoder.tls.extension.AlpnExtension;
import io.trustbench.decoder.tls.extension.EcPointFormatsExtension;
import io.trustbench.decoder.tls.extension.EmptyExtension;
import io.trustbench.decoder.tls.extension.KeyShareExtension;
import io.trustbench.decoder.tls.extension.OpaqueExtension;
import io.trustbench.decoder.tls.extension.PreSharedKeyExtension;
import io.trustbench.decoder.tls.extension.PskKeyExchangeModesExtension;
import io.trustbench.decoder.tls.extension.RenegotiationInfoExtension;
import io.trustbench.decoder.tls.extension.ServerNameExtension;
import io.trustbench.decoder.tls.extension.SignatureAlgorithmsExtension;
import io.trustbench.decoder.tls.extension.SignedCertificateTimestampExtension;
import io.trustbench.decoder.tls.extension.StatusRequestExtension;
import io.trustbench.decoder.tls.extension.SupportedGroupsExtension;
import io.trustbench.decoder.tls.extension.SupportedVersionsExtension;
import io.trustbench.decoder.tls.handshake.CertificateDissector;
import io.trustbench.decoder.tls.handshake.CertificateRequestDissector;
import io.trustbench.decoder.tls.handshake.CertificateStatusDissector;
import io.trustbench.decoder.tls.handshake.CertificateVerifyDissector;
import io.trustbench.decoder.tls.handshake.ClientHelloDissector;
import io.trustbench.decoder.tls.handshake.ClientKeyExchangeDissector;
import io.trustbench.decoder.tls.handshake.EmptyMessageDissector;
import io.trustbench.decoder.tls.handshake.EncryptedExtensionsDissector;
import io.trustbench.decoder.tls.handshake.FinishedDissector;
import io.trustbench.decoder.tls.handshake.KeyUpdateDissector;
import io.trustbench.decoder.tls.handshake.NewSessionTicketDissector;
import io.trustbench.decoder.tls.handshake.ServerHelloDissector;
import io.trustbench.decoder.tls.handshake.ServerKeyExchangeDissector;
import io.trustbench.decoder.x509.CertificateFieldDecoder;

/**
 * The registrations that ship with the decoder: one line per (parent, discriminator), so the
 * pipeline needs no switch. Contributions to the extension point are added on top and may
 * replace any of these.
 */
public final class BuiltinDissectors {

	private BuiltinDissectors() {
	}

	public static void registerAll(DissectorRegistry r) {
		r.register(LinkLayers.LINKTYPE, "" + LinkLayers.ETHERNET, "Ethernet", EthernetDissector::new);
		r.register(LinkLayers.LINKTYPE, "" + LinkLayers.NULL, "BSD loopback", () -> new LoopbackDissector(false));
		r.register(LinkLayers.LINKTYPE, "" + LinkLayers.LOOP, "OpenBSD loopback", () -> new LoopbackDissector(true));
		r.register(LinkLayers.LINKTYPE, "" + LinkLayers.LINUX_SLL, "Linux cooked v1", () -> new LinuxCookedDissector(false));
		r.register(LinkLayers.LINKTYPE, "" + LinkLayers.LINUX_SLL2, "Linux cooked v2", () -> new LinuxCookedDissector(true));
		for (int raw : new int[] { LinkLayers.RAW, LinkLayers.RAW_BSD, LinkLayers.RAW_OPENBSD, LinkLayers.IPV4,
				LinkLayers.IPV6 }) {
			r.register(LinkLayers.LINKTYPE, "" + raw, "Raw IP", RawIpDissector::new);
		}
		r.register(LinkLayers.ETHERTYPE, LinkLayers.ethertype(0x0800), "IPv4", Ipv4Dissector::new);
		r.register(LinkLayers.ETHERTYPE, LinkLayers.ethertype(0x86dd), "IPv6", Ipv6Dissector::new);
		r.register(LinkLayers.IP_PROTO, "6", "TCP", TcpDissector::new);
		r.register(LinkLayers.IP_PROTO, "17", "UDP", UdpDissector::new);
		r.register(UdpDissector.PORT, "443", "QUIC", QuicDissector::new);

		handshake(r, 0, "Hello Request", EmptyMessageDissector::new);
		handshake(r, 1, "Client Hello", ClientHelloDissector::new);
		handshake(r, 2, "Server Hello", ServerHelloDissector::new);
		handshake(r, 4, "New Session Ticket", NewSessionTicketDissector::new);
		handshake(r, 5, "End of Early Data", EmptyMessageDissector::new);
		handshake(r, 8, "Encrypted Extensions", EncryptedExtensionsDissector::new);
		handshake(r, 11, "Certificate", CertificateDissector::new);
		handshake(r, 12, "Server Key Exchange", ServerKeyExchangeDissector::new);
		handshake(r, 13, "Certificate Request", CertificateRequestDissector::new);
		handshake(r, 14, "Server Hello Done", EmptyMessageDissector::new);
		handshake(r, 15, "Certificate Verify", CertificateVerifyDissector::new);
		handshake(r, 16, "Client Key Exchange", ClientKeyExchangeDissector::new);
		handshake(r, 20, "Finished", FinishedDissector::new);
		handshake(r, 22, "Certificate Status", CertificateStatusDissector::new);
		handshake(r, 24, "Key Update", KeyUpdateDissector::new);

		extension(r, 0, "server_name", ServerNameExtension::new);
		extension(r, 5, "status_request", StatusRequestExtension::new);
		extension(r, 10, "supported_groups", SupportedGroupsExtension::new);
		extension(r, 11, "ec_point_formats", EcPointFormatsExtension::new);
		extension(r, 13, "signature_algorithms", SignatureAlgorithmsExtension::new);
		extension(r, 16, "application_layer_protocol_negotiation", AlpnExtension::new);
		extension(r, 18, "signed_certificate_timestamp", SignedCertificateTimestampExtension::new);
		extension(r, 21, "padding", () -> new OpaqueExtension("tls.handshake.extensions_padding_data", "Padding Data", 0));
		extension(r, 22, "encrypt_then_mac", EmptyExtension::new);
		extension(r, 23, "extended_master_secret", EmptyExtension::new);
		extension(r, 34, "delegated_credentials", SignatureAlgorithmsExtension::new);
		extension(r, 35, "session_ticket", () -> new OpaqueExtension("tls.handshake.extensions.session_ticket", "Session Ticket", 0));
		extension(r, 41, "pre_shared_key", PreSharedKeyExtension::new);
		extension(r, 43, "supported_versions", SupportedVersionsExtension::new);
		extension(r, 44, "cookie", () -> new OpaqueExtension("tls.handshake.extensions.cookie", "Cookie", 2));
		extension(r, 45, "psk_key_exchange_modes", PskKeyExchangeModesExtension::new);
		extension(r, 49, "post_handshake_auth", EmptyExtension::new);
		extension(r, 50, "signature_algorithms_cert", SignatureAlgorithmsExtension::new);
		extension(r, 51, "key_share", KeyShareExtension::new);
		extension(r, 65281, "renegotiation_info", RenegotiationInfoExtension::new);

		r.register(TlsProtocol.CERTIFICATE, "x509", "X.509 certificate (BouncyCastle)", CertificateFieldDecoder::new);
	}

	private static void handshake(DissectorRegistry r, int type, String label,
			java.util.function.Supplier<? extends io.trustbench.decoder.Dissector> factory) {
		r.register(TlsProtocol.HANDSHAKE, Integer.toString(type), label, factory);
	}

	private static void extension(DissectorRegistry r, int type, String label,
			java.util.function.Supplier<? extends io.trustbench.decoder.Dissector> factory) {
		r.register(TlsProtocol.EXTENSION, Integer.toString(type), label, factory);
	}
}
