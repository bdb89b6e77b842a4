package io.trustbench.pki.core.internal.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.CommandException;
import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.CertificateParseException;
import io.trustbench.pki.core.ca.PkiLayout;
import io.trustbench.pki.core.ca.SecureElementSigner;
import io.trustbench.pki.core.ca.SigningException;
import io.trustbench.pki.core.ca.VerificationCertificate;
import io.trustbench.secureelement.core.SecureElement;

/**
 * {@code pki verification-cert --registration-code CODE [--signer ID] [--out FILE]}: the AWS IoT
 * verification certificate, signed by the signer device.
 */
public final class PkiVerificationCertCommand implements CliCommand {

	@Override
	public int run(CommandContext context) {
		String code = context.args().requiredOption("--registration-code");
		String signerId = context.args().option("--signer", PkiLayout.DEFAULT_SIGNER_DEVICE);
		String out = context.args().option("--out");
		context.args().expectAtMost(0);
		PkiLayout layout = new PkiLayout(context.workspace());
		if (!layout.signerCa().toFile().exists()) {
			throw new CommandException("no signer CA in " + layout.signerCa() + "; run ./trustbench pki init first");
		}
		byte[] signerCa = Inputs.certificates(layout.signerCa().toString()).get(0).encoded();
		try (SecureElement chip = Devices.open(Devices.manager(context), signerId, context.monitor())) {
			byte[] der = VerificationCertificate.create(code, signerCa,
					new SecureElementSigner(chip, PkiLayout.CA_KEY_SLOT), Instant.now(), context.monitor());
			CertificateModel model = CertificateModel.parse(der);
			Path target = out == null ? layout.verificationCertificate() : Path.of(out);
			Inputs.write(target, model.toPem().getBytes(StandardCharsets.US_ASCII));
			context.out().println(model.subject() + ", issued by " + model.issuer() + " -> " + target);
			return 0;
		} catch (SigningException | CertificateParseException e) {
			throw new CommandException(e.getMessage());
		}
	}
}
