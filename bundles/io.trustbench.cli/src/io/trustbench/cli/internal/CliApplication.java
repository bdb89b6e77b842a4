package io.trustbench.cli.internal;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.util.Arrays;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/**
 * {@code io.trustbench.cli.cli}: the headless application behind {@code ./trustbench <command>}.
 * Runs on the main thread without a display; Ctrl-C cancels the running command's monitor.
 */
public final class CliApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] argv = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		CliProgressMonitor monitor = new CliProgressMonitor(System.err, System.console() != null);
		Thread cancelOnInterrupt = new Thread(() -> monitor.setCanceled(true), "trustbench-cancel");
		Runtime.getRuntime().addShutdownHook(cancelOnInterrupt);
		CliRunner runner = new CliRunner(CommandRegistry.fromExtensions(), System.out, System.err,
				new BufferedReader(new InputStreamReader(System.in)), monitor);
		int code = runner.run(Arrays.asList(argv == null ? new String[0] : argv));
		try {
			Runtime.getRuntime().removeShutdownHook(cancelOnInterrupt);
		} catch (IllegalStateException e) {
			// already shutting down
		}
		System.out.flush();
		System.err.flush();
		return Integer.valueOf(code);
	}

	@Override
	public void stop() {
		// the command runs on the main thread and ends by itself
	}
}
