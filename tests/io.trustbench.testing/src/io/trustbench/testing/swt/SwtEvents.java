package io.trustbench.testing.swt;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/**
 * Spins the SWT event loop on the UI thread until a condition holds — never a fixed sleep — so UI
 * tests wait exactly as long as jobs and asyncExecs take.
 */
public final class SwtEvents {

	private SwtEvents() {
	}

	public static void until(BooleanSupplier condition, long timeoutMillis, Supplier<String> what) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + timeoutMillis;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("timed out after " + timeoutMillis + " ms waiting for " + what.get());
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> {
				});
				display.sleep();
			}
		}
	}

	public static void until(BooleanSupplier condition, long timeoutMillis, String what) {
		until(condition, timeoutMillis, () -> what);
	}

	/** Runs what the event queue holds (layout, paint, asyncExecs of finished jobs). */
	public static void drain() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// keep going
		}
	}
}
