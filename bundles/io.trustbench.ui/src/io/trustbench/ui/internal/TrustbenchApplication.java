package io.trustbench.ui.internal;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** {@code io.trustbench.ui.application}: the Trustbench workbench window. */
public final class TrustbenchApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		Display display;
		try {
			display = PlatformUI.createDisplay();
		} catch (SWTError | UnsatisfiedLinkError e) {
			// No usable display or no GTK 3: one clear line instead of a stack trace.
			System.err.println("trustbench: cannot open the workbench window (" + e.getMessage().lines().findFirst().orElse("")
					+ "); install GTK 3 (apt-get install libgtk-3-0) and check DISPLAY, or run ./trustbench demo");
			return Integer.valueOf(1);
		}
		try {
			int code = PlatformUI.createAndRunWorkbench(display, new TrustbenchWorkbenchAdvisor());
			return code == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
