package io.trustbench.decoder.cli;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.NullProgressMonitor;

import io.trustbench.cli.Args;
import io.trustbench.cli.CommandContext;
import io.trustbench.cli.UsageException;

/**
 * {@code tls decode} without the OSGi launcher (plain {@code java -cp}), for the benchmark script
 * and for environments where the product is not built. Same arguments and output as the command.
 */
public final class TlsDecodeMain {

	private TlsDecodeMain() {
	}

	public static void main(String[] argv) {
		List<String> rest = new ArrayList<>();
		boolean json = false;
		for (String a : argv) {
			if (a.equals("--json")) {
				json = true;
			} else {
				rest.add(a);
			}
		}
		PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false);
		CommandContext context = new CommandContext(new Args(rest), Path.of(System.getProperty("user.home"), ".trustbench"),
				json, out, System.err, new BufferedReader(new InputStreamReader(System.in)), new NullProgressMonitor());
		int code;
		try {
			code = new TlsDecodeCommand().run(context);
		} catch (UsageException e) {
			System.err.println("trustbench: " + e.getMessage());
			code = 2;
		} catch (Exception e) {
			System.err.println("trustbench: tls decode: " + e.getMessage());
			code = 1;
		}
		out.flush();
		System.exit(code);
	}
}
