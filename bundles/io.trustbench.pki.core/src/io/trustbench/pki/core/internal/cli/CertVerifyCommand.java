package io.trustbench.pki.core.internal.cli;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.CommandException;
import io.trustbench.cli.UsageException;
import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.CertificateParseException;
import io.trustbench.pki.core.ChainResult;
import io.trustbench.pki.core.ChainVerifier;

/**
 * {@code cert verify --trust ROOTS CERT [CHAIN…] [--at TIME]}: builds and validates the path; prints
 * each certificate's verdict and the failed check. Exit 0 when valid, 1 when not.
 */
public final class CertVerifyCommand implements CliCommand {

	@Override
	public int run(CommandContext context) {
		List<String> trustFiles = context.args().options("--trust");
		String at = context.args().option("--at");
		List<String> files = context.args().positionals();
		if (trustFiles.isEmpty()) {
			throw new UsageException("missing --trust ROOTS (a file with the trusted root certificates)");
		}
		if (files.isEmpty()) {
			throw new UsageException("missing the certificate to verify");
		}
		Instant time;
		try {
			time = at == null ? Instant.now() : Instant.parse(at);
		} catch (DateTimeParseException e) {
			throw new UsageException("--at must be an ISO 8601 UTC time such as 2026-01-31T23:59:59Z");
		}
		List<CertificateModel> trusted = new ArrayList<>();
		trustFiles.forEach(f -> trusted.addAll(Inputs.certificates(f)));
		List<CertificateModel> given = Inputs.certificates(files.get(0));
		CertificateModel target = given.get(0);
		List<CertificateModel> chain = new ArrayList<>(given.subList(1, given.size()));
		files.subList(1, files.size()).forEach(f -> chain.addAll(Inputs.certificates(f)));
		ChainResult result;
		try {
			result = ChainVerifier.verify(trusted, target, chain, time);
		} catch (CertificateParseException e) {
			throw new CommandException(e.getMessage());
		}
		context.out().println(context.json() ? json(result) : text(result));
		return result.isValid() ? 0 : 1;
	}

	private static String text(ChainResult result) {
		StringBuilder out = new StringBuilder();
		for (ChainResult.Entry entry : result.path()) {
			String mark = switch (entry.status()) {
			case VALID -> "ok  ";
			case FAILED -> "FAIL";
			case NOT_CHECKED -> "--  ";
			};
			out.append(String.format("%s %-13s %s%n", mark, entry.role(), entry.certificate().subject()));
			if (entry.status() == ChainResult.Status.FAILED) {
				out.append("     ").append(entry.message()).append('\n');
			}
		}
		out.append(result.isValid() ? "OK: path valid (revocation not checked)" : "FAILED: " + result.problem());
		return out.toString();
	}

	private static String json(ChainResult result) {
		JsonObject o = new JsonObject();
		o.addProperty("valid", result.isValid());
		o.addProperty("problem", result.problem());
		JsonArray path = new JsonArray();
		for (ChainResult.Entry entry : result.path()) {
			JsonObject e = new JsonObject();
			e.addProperty("subject", entry.certificate().subject());
			e.addProperty("serialHex", entry.certificate().serialHex());
			e.addProperty("role", entry.role());
			e.addProperty("status", entry.status().name().toLowerCase());
			e.addProperty("message", entry.message());
			path.add(e);
		}
		o.add("path", path);
		return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().serializeNulls().create().toJson(o);
	}
}
