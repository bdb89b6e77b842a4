package io.trustbench.pki.core.internal.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.UsageException;
import io.trustbench.pki.core.CertificateJson;
import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.CertificateText;

/** {@code cert show FILE… [--json]}: every certificate in PEM, DER, PKCS#7 or multi-certificate files. */
public final class CertShowCommand implements CliCommand {

	@Override
	public int run(CommandContext context) {
		List<String> files = context.args().positionals();
		if (files.isEmpty()) {
			throw new UsageException("missing certificate file");
		}
		Instant now = Instant.now();
		List<CertificateModel> all = new ArrayList<>();
		StringBuilder text = new StringBuilder();
		for (String file : files) {
			List<CertificateModel> certificates = Inputs.certificates(file);
			all.addAll(certificates);
			if (files.size() > 1) {
				text.append("== ").append(file).append(" ==\n");
			}
			text.append(CertificateText.render(certificates, now));
		}
		context.out().print(context.json() ? CertificateJson.render(all, now) + "\n" : text);
		return 0;
	}
}
