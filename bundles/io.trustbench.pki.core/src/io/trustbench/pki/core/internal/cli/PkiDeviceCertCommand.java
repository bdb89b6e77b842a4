package io.trustbench.pki.core.internal.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.CommandException;
import io.trustbench.cli.UsageException;
import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.CertificateParseException;
import io.trustbench.pki.core.atcacert.AtcacertException;
import io.trustbench.pki.core.ca.CaCertificates;
import io.trustbench.pki.core.ca.DeviceCertificateIssuer;
import io.trustbench.pki.core.ca.PkiLayout;
import io.trustbench.pki.core.ca.SecureElementSigner;
import io.trustbench.pki.core.ca.SigningException;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;
import io.trustbench.secureelement.core.SecureElementException;

/**
 * {@code pki device-cert (--device ID [--slot N] | --public-key HEX | --csr FILE) [--signer ID]
 * [--days N] [--out FILE]}: a device certificate signed by the signer device.
 */
public final class PkiDeviceCertCommand implements CliCommand {

	@Override
	public int run(CommandContext context) {
		String deviceId = context.args().option("--device");
		int slot = context.args().intOption("--slot", 0);
		String publicKeyHex = context.args().option("--public-key");
		String csrFile = context.args().option("--csr");
		String signerId = context.args().option("--signer", PkiLayout.DEFAULT_SIGNER_DEVICE);
		int days = context.args().intOption("--days", 3650);
		String out = context.args().option("--out");
		context.args().expectAtMost(0);
		int sources = (deviceId == null ? 0 : 1) + (publicKeyHex == null ? 0 : 1) + (csrFile == null ? 0 : 1);
		if (sources != 1) {
			throw new UsageException("give exactly one of --device ID, --public-key HEX, --csr FILE");
		}
		if (days < 1) {
			throw new UsageException("--days must be at least 1");
		}
		PkiLayout layout = new PkiLayout(context.workspace());
		if (!layout.signerCa().toFile().exists()) {
			throw new CommandException("no signer CA in " + layout.signerCa() + "; run ./trustbench pki init first");
		}
		byte[] signerCa = Inputs.certificates(layout.signerCa().toString()).get(0).encoded();
		DeviceManager devices = Devices.manager(context);
		byte[] certificate;
		String name;
		try (SecureElement signerChip = Devices.open(devices, signerId, context.monitor())) {
			SecureElementSigner signer = new SecureElementSigner(signerChip, PkiLayout.CA_KEY_SLOT);
			if (csrFile != null) {
				Instant now = Instant.now();
				certificate = DeviceCertificateIssuer.fromCsr(Inputs.bytes(csrFile), signerCa, signer, now,
						now.plus(Duration.ofDays(days)), context.monitor());
				name = Path.of(csrFile).getFileName().toString().replaceFirst("\\.[^.]*$", "");
			} else {
				byte[] key;
				if (deviceId != null) {
					try (SecureElement device = Devices.open(devices, deviceId, context.monitor())) {
						key = device.publicKey(slot, context.monitor());
					}
					name = deviceId;
				} else {
					key = Inputs.publicKey("--public-key", publicKeyHex);
					name = "key-" + publicKeyHex.replaceAll("[\\s:]", "").substring(0, 8);
				}
				certificate = DeviceCertificateIssuer.fromPublicKey(key, signerCa, signer,
						CaCertificates.issueHour(Instant.now()), context.monitor());
			}
		} catch (SecureElementException | SigningException | AtcacertException | CertificateParseException e) {
			throw new CommandException(e.getMessage());
		}
		try {
			CertificateModel model = CertificateModel.parse(certificate);
			Path target = out == null ? layout.deviceCertificate(name) : Path.of(out);
			Inputs.write(target, model.toPem().getBytes(StandardCharsets.US_ASCII));
			context.out().println(model.subject() + ", serial " + model.serialHex() + " -> " + target);
		} catch (CertificateParseException e) {
			throw new CommandException(e.getMessage());
		}
		return 0;
	}
}
