package io.trustbench.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

import io.trustbench.ui.TrustbenchUi;

/**
 * Explorers on the left, editors (certificates, captures) in the centre, Console and Properties
 * at the bottom. Views of later bundles have placeholders here so they open in the right place;
 * they may also add themselves with {@code org.eclipse.ui.perspectiveExtensions}.
 */
public final class TrustbenchPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		layout.setEditorAreaVisible(true);

		IFolderLayout left = layout.createFolder(TrustbenchUi.LEFT_FOLDER_ID, IPageLayout.LEFT, 0.25f, editors);
		left.addPlaceholder(TrustbenchUi.DEVICE_EXPLORER_VIEW_ID);
		left.addPlaceholder(TrustbenchUi.AWS_CONSOLE_VIEW_ID);
		left.addPlaceholder("io.trustbench.*.explorer");

		IFolderLayout bottom = layout.createFolder(TrustbenchUi.BOTTOM_FOLDER_ID, IPageLayout.BOTTOM, 0.68f, editors);
		bottom.addView(TrustbenchUi.CONSOLE_VIEW_ID);
		bottom.addView(TrustbenchUi.PROPERTIES_VIEW_ID);
		bottom.addPlaceholder("io.trustbench.*");

		layout.addShowViewShortcut(TrustbenchUi.CONSOLE_VIEW_ID);
		layout.addShowViewShortcut(TrustbenchUi.PROPERTIES_VIEW_ID);
	}
}
