package io.trustbench.pki.ui.internal.editor;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.ToolBarManager;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorInput;
import org.eclipse.ui.IEditorSite;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.part.EditorPart;

import io.trustbench.core.WorkspaceLocation;
import io.trustbench.pki.core.CertificateModel;
import io.trustbench.pki.core.CertificateParseException;
import io.trustbench.pki.core.CertificateReader;
import io.trustbench.pki.core.CertificateText;
import io.trustbench.pki.core.Field;
import io.trustbench.pki.ui.CertificateEditors;
import io.trustbench.pki.ui.internal.model.Asn1Item;
import io.trustbench.pki.ui.internal.model.CertificateExport;
import io.trustbench.pki.ui.internal.model.CertificateStatus;
import io.trustbench.pki.ui.internal.model.ChainValidation;
import io.trustbench.pki.ui.internal.model.ExportFormat;
import io.trustbench.pki.ui.internal.model.InspectorFields;
import io.trustbench.pki.ui.internal.model.TrustAnchors;

/**
 * The Certificate Inspector: the certificates of a file with their validation verdicts on top,
 * the selected certificate's Fields / ASN.1 / PEM / Text tabs in the middle and its DER at the
 * bottom, where the bytes of whatever is selected in a tree are highlighted (Wireshark's layout,
 * KeyStore Explorer's content). Read-only: nothing here modifies the file.
 */
public final class CertificateEditor extends EditorPart {

	private List<CertificateModel> certificates = List.of();
	private TrustAnchors anchors = TrustAnchors.none();
	private String error;
	private CertificateModel selected;

	private ChainPanel chain;
	private CTabFolder tabs;
	private CTabItem fieldsTab;
	private CTabItem asn1Tab;
	private FieldsPanel fields;
	private Asn1Panel asn1;
	private StyledText pem;
	private StyledText text;
	private HexPanel hex;
	private Composite errorPanel;
	private Composite root;

	@Override
	public void init(IEditorSite site, IEditorInput input) throws PartInitException {
		if (!(input instanceof CertificateInput certificateInput)) {
			throw new PartInitException(NLS.bind(Messages.CertificateEditor_wrongInput, input.getClass().getName()));
		}
		setSite(site);
		setInput(input);
		setPartName(input.getName());
		setTitleToolTip(input.getToolTipText());
		load(certificateInput);
	}

	private void load(CertificateInput input) {
		try {
			certificates = CertificateReader.read(input.read());
			anchors = TrustAnchors.automatic(certificates, WorkspaceLocation.get());
		} catch (NoSuchFileException e) {
			error = NLS.bind(Messages.CertificateEditor_missing, input.getToolTipText());
		} catch (IOException e) {
			error = NLS.bind(Messages.CertificateEditor_cannotRead, input.getToolTipText(), oneLine(e));
		} catch (CertificateParseException e) {
			error = oneLine(e);
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		if (error != null) {
			errorPanel = ErrorPanel.create(parent, NLS.bind(Messages.CertificateEditor_cannotShow, getEditorInput().getName()),
					error);
			return;
		}
		root = new Composite(parent, SWT.NONE);
		GridLayout grid = new GridLayout(1, false);
		grid.marginWidth = 4;
		grid.marginHeight = 2;
		grid.verticalSpacing = 2;
		root.setLayout(grid);
		createHeader(root);

		chain = new ChainPanel(root, this::showCertificate);
		chain.control().setLayoutData(chain.layoutData(certificates.size()));

		SashForm sash = new SashForm(root, SWT.VERTICAL | SWT.SMOOTH);
		sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tabs = new CTabFolder(sash, SWT.BORDER | SWT.FLAT);
		tabs.setData(InspectorWidgets.KEY, InspectorWidgets.TABS);
		fields = new FieldsPanel(tabs, this::fieldSelected);
		fieldsTab = tab(Messages.CertificateEditor_fields, fields.viewer().getControl());
		asn1 = new Asn1Panel(tabs, this::asn1Selected);
		asn1Tab = tab(Messages.CertificateEditor_asn1, asn1.viewer().getControl());
		pem = TextPanel.create(tabs, InspectorWidgets.PEM);
		tab(Messages.CertificateEditor_pem, pem);
		text = TextPanel.create(tabs, InspectorWidgets.TEXT);
		tab(Messages.CertificateEditor_text, text);
		tabs.setSelection(fieldsTab);
		tabs.addListener(SWT.Selection, event -> highlightSelectionOfActiveTab());
		hex = new HexPanel(sash, this::byteClicked);
		sash.setWeights(58, 42);

		chain.setStatuses(ChainValidation.validate(certificates, anchors, Instant.now()), anchors);
		installCopy();
	}

	/** Ctrl+C and a Copy context menu on both trees. */
	private void installCopy() {
		IHandlerService handlers = getSite().getService(IHandlerService.class);
		handlers.activateHandler(IWorkbenchCommandConstants.EDIT_COPY, new CopyHandler(this::selectionText));
		for (Control tree : new Control[] { fields.viewer().getControl(), asn1.viewer().getControl() }) {
			MenuManager menu = new MenuManager();
			menu.add(new CommandContributionItem(new CommandContributionItemParameter(getSite(), null,
					IWorkbenchCommandConstants.EDIT_COPY, CommandContributionItem.STYLE_PUSH)));
			tree.setMenu(menu.createContextMenu(tree));
			tree.addDisposeListener(event -> menu.dispose());
		}
	}

	/** The selected field ("Subject: CN=…") or ASN.1 element ("INTEGER @15: …") of the visible tab. */
	public String selectionText() {
		if (tabs.getSelection() == asn1Tab && asn1.selection() != null) {
			Asn1Item item = asn1.selection();
			return item.tag() + " @" + item.offset() + " (" + item.length() + " bytes): " + item.value();
		}
		Field field = tabs.getSelection() == fieldsTab ? fields.selection() : null;
		if (field == null) {
			return null;
		}
		return field.name().isEmpty() ? field.value() : field.name() + ": " + field.value();
	}

	private void createHeader(Composite parent) {
		Composite header = new Composite(parent, SWT.NONE);
		header.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		GridLayout grid = new GridLayout(2, false);
		grid.marginWidth = 0;
		grid.marginHeight = 0;
		header.setLayout(grid);
		Label summary = new Label(header, SWT.NONE);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		summary.setText(NLS.bind(Messages.CertificateEditor_summary, certificates.size(),
				getEditorInput().getToolTipText()));
		ToolBarManager toolbar = new ToolBarManager(SWT.FLAT | SWT.RIGHT);
		toolbar.add(command(CertificateEditors.TRUST_ANCHOR_COMMAND_ID, "icons/valid16.png"));
		toolbar.add(command(CertificateEditors.EXPORT_COMMAND_ID, "icons/export16.png"));
		toolbar.add(command(CertificateEditors.COMPARE_COMMAND_ID, "icons/compare16.png"));
		toolbar.createControl(header).setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
		header.addDisposeListener(event -> toolbar.dispose());
	}

	private CommandContributionItem command(String id, String icon) {
		CommandContributionItemParameter parameter = new CommandContributionItemParameter(getSite(), id, id,
				CommandContributionItem.STYLE_PUSH);
		parameter.icon = org.eclipse.jface.resource.ResourceLocator
				.imageDescriptorFromBundle(CertificateEditors.PLUGIN_ID, icon).orElse(null);
		parameter.mode = CommandContributionItem.MODE_FORCE_TEXT;
		return new CommandContributionItem(parameter);
	}

	private CTabItem tab(String title, Control control) {
		CTabItem item = new CTabItem(tabs, SWT.NONE);
		item.setText(title);
		item.setControl(control);
		return item;
	}

	private void showCertificate(CertificateModel certificate) {
		if (certificate == selected) {
			return;
		}
		selected = certificate;
		hex.setBytes(certificate.encoded());
		fields.setInput(InspectorFields.build(certificate, Instant.now()));
		asn1.setInput(Asn1Item.root(certificate.asn1()));
		pem.setText(certificate.toPem());
		text.setText(CertificateText.render(List.of(certificate), Instant.now()));
	}

	private void fieldSelected(Field field) {
		if (tabs.getSelection() == fieldsTab) {
			hex.highlight(field.name().isEmpty() ? field.value() : field.name(), field.offset(), field.length());
		}
	}

	private void asn1Selected(Asn1Item item) {
		if (tabs.getSelection() == asn1Tab) {
			hex.highlight(item.tag(), item.offset(), item.length());
		}
	}

	private void highlightSelectionOfActiveTab() {
		if (tabs.getSelection() == fieldsTab && fields.selection() != null) {
			fieldSelected(fields.selection());
		} else if (tabs.getSelection() == asn1Tab && asn1.selection() != null) {
			asn1Selected(asn1.selection());
		}
	}

	/** A click in the hex pane selects what contains the byte in the ASN.1 tab when it shows, else in Fields. */
	private void byteClicked(int offset) {
		if (tabs.getSelection() == asn1Tab) {
			asn1.selectByte(offset);
		} else {
			tabs.setSelection(fieldsTab);
			fields.selectByte(offset);
		}
	}

	/** Validates again against roots the user chose (or automatic ones when {@code chosen} is null). */
	public void setTrustAnchors(TrustAnchors chosen) {
		anchors = chosen == null ? TrustAnchors.automatic(certificates, WorkspaceLocation.get()) : chosen;
		if (chain != null) {
			chain.setStatuses(ChainValidation.validate(certificates, anchors, Instant.now()), anchors);
		}
	}

	public void export(ExportFormat format, Path target) throws IOException {
		CertificateExport.write(target, format, selected, certificates);
	}

	/** One line explaining why the editor shows no certificate, or null. */
	public String error() {
		return error;
	}

	public List<CertificateModel> certificates() {
		return certificates;
	}

	public CertificateModel selectedCertificate() {
		return selected;
	}

	public TrustAnchors trustAnchors() {
		return anchors;
	}

	/** Directory of the input file, for file dialogs; null for in-memory certificates. */
	public Path directory() {
		return ((CertificateInput) getEditorInput()).directory();
	}

	/** The editor's top-level control: the inspector, or the error panel. */
	public Composite control() {
		return root != null ? root : errorPanel;
	}

	public ChainPanel chainPanel() {
		return chain;
	}

	public FieldsPanel fieldsPanel() {
		return fields;
	}

	public Asn1Panel asn1Panel() {
		return asn1;
	}

	public HexPanel hexPanel() {
		return hex;
	}

	public void showTab(boolean asn1Tree) {
		tabs.setSelection(asn1Tree ? asn1Tab : fieldsTab);
		highlightSelectionOfActiveTab();
	}

	@Override
	public void setFocus() {
		if (chain != null) {
			chain.viewer().getControl().setFocus();
		} else if (errorPanel != null) {
			errorPanel.setFocus();
		}
	}

	@Override
	public void doSave(IProgressMonitor monitor) {
		// read-only
	}

	@Override
	public void doSaveAs() {
		// read-only
	}

	@Override
	public boolean isDirty() {
		return false;
	}

	@Override
	public boolean isSaveAsAllowed() {
		return false;
	}

	static String oneLine(Exception e) {
		String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
		return message.replace('\n', ' ').replace('\r', ' ').trim();
	}
}
