package io.trustbench.ui.internal;

import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

import io.trustbench.core.TrafficLog;
import io.trustbench.ui.TrustbenchPreferences;
import io.trustbench.ui.TrustbenchUi;

/** Opens the Trustbench perspective and applies the workspace preference before any view runs. */
public final class TrustbenchWorkbenchAdvisor extends WorkbenchAdvisor {

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		TrustbenchPreferences.applyWorkspace();
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return TrustbenchUi.PERSPECTIVE_ID;
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new TrustbenchWindowAdvisor(configurer);
	}

	@Override
	public void postStartup() {
		TrafficLog.global().log(TrafficLog.Channel.INFO, "workbench",
				"Trustbench started; workspace " + io.trustbench.core.WorkspaceLocation.get());
	}
}
