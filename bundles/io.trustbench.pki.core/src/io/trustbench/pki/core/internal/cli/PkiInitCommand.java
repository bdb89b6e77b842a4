package io.trustbench.pki.core.internal.cli;

import java.time.Instant;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.trustbench.cli.CliCommand;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.CommandException;
import io.trustbench.pki.core.ca.PkiException;
import io.trustbench.pki.core.ca.PkiInitializer;
import io.trustbench.pki.core.ca.PkiLayout;
import io.trustbench.pki.core.ca.PkiReport;
import io.trustbench.pki.core.ca.SecureElementCaDevice;
import io.trustbench.pki.core.ca.SigningException;
import io.trustbench.secureelement.core.DeviceManager;
import io.trustbench.secureelement.core.SecureElement;

/** {@code pki init [--root ID] [--signer ID]}: root and signer CA on their devices, safe to re-run. */
public final class PkiInitCommand implements CliCommand {

	@Override
	public int run(CommandContext context) {
		String rootId = context.args().option("--root", PkiLayout.DEFAULT_ROOT_DEVICE);
		String signerId = context.args().option("--signer", PkiLayout.DEFAULT_SIGNER_DEVICE);
		context.args().expectAtMost(0);
		if (rootId.equals(signerId)) {
			throw new CommandException("the root and the signer CA must be on different devices");
		}
		DeviceManager devices = Devices.manager(context);
		PkiReport report;
		try (SecureElement root = Devices.open(devices, rootId, context.monitor());
				SecureElement signer = Devices.open(devices, signerId, context.monitor())) {
			report = new PkiInitializer(new PkiLayout(context.workspace())).run(
					new SecureElementCaDevice(root, PkiLayout.CA_KEY_SLOT),
					new SecureElementCaDevice(signer, PkiLayout.CA_KEY_SLOT), Instant.now(), context.monitor());
		} catch (PkiException | SigningException e) {
			throw new CommandException(e.getMessage());
		}
		if (context.json()) {
			JsonObject o = new JsonObject();
			JsonArray steps = new JsonArray();
			for (PkiReport.Step step : report.steps()) {
				JsonObject s = new JsonObject();
				s.addProperty("item", step.item());
				s.addProperty("outcome", step.outcome().name().toLowerCase());
				s.addProperty("detail", step.detail());
				steps.add(s);
			}
			o.add("steps", steps);
			o.addProperty("rootSubject", report.root().subject());
			o.addProperty("signerSubject", report.signer().subject());
			context.out().println(new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o));
		} else {
			report.steps().forEach(step -> context.out().println(step));
		}
		return 0;
	}
}
