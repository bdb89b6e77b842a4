package io.trustbench.pki.core.internal.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.CommandException;
import io.trustbench.cli.UsageException;
import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.CertificateParseException;
import io.trustbench.pki.core.atcacert.AtcacertException;
import io.trustbench.pki.core.atcacert.CertificateDefinition;
import io.trustbench.pki.core.atcacert.CertificateRebuilder;
import io.trustbench.pki.core.atcacert.CompressedCertificate;
import io.trustbench.pki.core.atcacert.DeviceData;
import io.trustbench.pki.core.atcacert.KnownCertificateDefinitions;

/**
 * {@code cert decompress --definition NAME --compressed HEX|@FILE --public-key HEX
 * [--ca-public-key HEX | --authority-key-id HEX] [--device-sn HEX] [--out FILE]}: rebuilds the
 * X.509 certificate and prints it as PEM.
 */
public final class CertDecompressCommand implements CliCommand {

	@Override
	public int run(CommandContext context) {
		String definitionName = context.args().requiredOption("--definition");
		String compressedArg = context.args().requiredOption("--compressed");
		String publicKey = context.args().requiredOption("--public-key");
		String caKey = context.args().option("--ca-public-key");
		String keyId = context.args().option("--authority-key-id");
		String deviceSn = context.args().option("--device-sn");
		String out = context.args().option("--out");
		context.args().expectAtMost(0);
		if (caKey != null && keyId != null) {
			throw new UsageException("give --ca-public-key or --authority-key-id, not both");
		}
		byte[] compressed = compressedArg.startsWith("@") ? Inputs.bytes(compressedArg.substring(1))
				: Inputs.hex("--compressed", compressedArg, CompressedCertificate.SIZE);
		try {
			CertificateDefinition def = KnownCertificateDefinitions.byName(definitionName);
			DeviceData data = DeviceData.of(Inputs.publicKey("--public-key", publicKey));
			if (caKey != null) {
				data.caPublicKey(Inputs.publicKey("--ca-public-key", caKey));
			} else if (keyId != null) {
				data.authorityKeyId(Inputs.hex("--authority-key-id", keyId, 20));
			}
			if (deviceSn != null) {
				data.deviceSerialNumber(Inputs.hex("--device-sn", deviceSn, 9));
			}
			byte[] der = CertificateRebuilder.rebuild(def, CompressedCertificate.parse(compressed), data);
			String pem = CertificateModel.parse(der).toPem();
			if (out != null) {
				Inputs.write(Path.of(out), pem.getBytes(StandardCharsets.US_ASCII));
			}
			context.out().print(pem);
			return 0;
		} catch (AtcacertException | CertificateParseException e) {
			throw new CommandException(e.getMessage());
		}
	}
}
