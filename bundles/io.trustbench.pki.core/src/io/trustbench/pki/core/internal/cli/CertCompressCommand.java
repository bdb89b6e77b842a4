package io.trustbench.pki.core.internal.cli;

import java.nio.file.Path;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;

import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.CommandException;
import io.trustbench.cli.UsageException;
import io.trustbench.core.Hex;
import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.atcacert.AtcacertException;
import io.trustbench.pki.core.atcacert.CertificateDefinition;
import io.trustbench.pki.core.atcacert.CertificateRebuilder;
import io.trustbench.pki.core.atcacert.CompressedCertificate;
import io.trustbench.pki.core.atcacert.KnownCertificateDefinitions;

/**
 * {@code cert compress FILE --definition NAME [--device-sn HEX] [--out FILE]}: the 72-byte
 * compressed certificate, refused with the differing element when a device could not rebuild the
 * certificate exactly.
 */
public final class CertCompressCommand implements CliCommand {

	@Override
	public int run(CommandContext context) {
		String definitionName = context.args().requiredOption("--definition");
		String deviceSn = context.args().option("--device-sn");
		String out = context.args().option("--out");
		String file = context.args().positional(0, "certificate file");
		context.args().expectAtMost(1);
		List<CertificateModel> certificates = Inputs.certificates(file);
		if (certificates.size() != 1) {
			throw new UsageException(file + " holds " + certificates.size() + " certificates; give one");
		}
		try {
			CertificateDefinition def = KnownCertificateDefinitions.byName(definitionName);
			CompressedCertificate compressed = CertificateRebuilder.compress(def, certificates.get(0).encoded(),
					deviceSn == null ? null : Inputs.hex("--device-sn", deviceSn, 9));
			byte[] bytes = compressed.toBytes();
			if (out != null) {
				Inputs.write(Path.of(out), bytes);
			}
			if (context.json()) {
				JsonObject o = new JsonObject();
				o.addProperty("compressed", Hex.encode(bytes));
				o.addProperty("definition", definitionName);
				o.addProperty("templateId", compressed.templateId());
				o.addProperty("chainId", compressed.chainId());
				o.addProperty("serialNumberSource", compressed.serialNumberSource().name());
				o.addProperty("formatVersion", compressed.formatVersion());
				o.addProperty("issueDate", compressed.issueDate().toString());
				o.addProperty("expireYears", compressed.expireYears());
				o.addProperty("signerId", String.format("%04X", compressed.signerId()));
				context.out().println(new GsonBuilder().setPrettyPrinting().create().toJson(o));
			} else {
				context.out().println(Hex.encode(bytes));
				context.out().println(compressed);
			}
			return 0;
		} catch (AtcacertException e) {
			throw new CommandException(e.getMessage());
		}
	}
}
