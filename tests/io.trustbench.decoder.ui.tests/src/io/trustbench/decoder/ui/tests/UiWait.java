package io.trustbench.decoder.ui.tests;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.widgets.Display;

/** Spins the SWT event loop until a condition holds (never sleeps a fixed time). */
public final class UiWait {

	private UiWait() {
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

	/** Processes pending UI events. */
	public static void flush() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// drain
		}
	}
}
