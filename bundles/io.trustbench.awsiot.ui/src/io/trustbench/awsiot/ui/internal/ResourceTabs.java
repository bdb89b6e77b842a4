package io.trustbench.awsiot.ui.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.eclipse.swt.widgets.Composite;

import software.amazon.awssdk.services.iot.model.CACertificateStatus;
import software.amazon.awssdk.services.iot.model.CertificateStatus;

import io.trustbench.provisioning.core.console.Rows;

/** The five resource tabs: their columns and the actions the AWS console offers on each. */
final class ResourceTabs {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.systemDefault());

	final ResourceTab<Rows.CaCertificate> cas;
	final ResourceTab<Rows.Certificate> certificates;
	final ResourceTab<Rows.Thing> things;
	final ResourceTab<Rows.Policy> policies;
	final ResourceTab<Rows.TopicRule> rules;

	ResourceTabs(Composite parent, AwsConsoleView view) {
		cas = new ResourceTab<>(parent, Rows.CaCertificate.class, List.of(
				new ResourceTab.Column<>(Messages.column_id, 420, Rows.CaCertificate::id),
				new ResourceTab.Column<>(Messages.column_status, 90, Rows.CaCertificate::status),
				new ResourceTab.Column<>(Messages.column_autoRegistration, 120, Rows.CaCertificate::autoRegistration),
				new ResourceTab.Column<>(Messages.column_created, 130, r -> date(r.created()))),
				List.of(new ResourceTab.RowAction<>(Messages.action_activate, null,
						(r, m) -> view.connected().certificates().setCaStatus(r.id(), CACertificateStatus.ACTIVE)),
						new ResourceTab.RowAction<>(Messages.action_deactivate,
								r -> Messages.bind(Messages.confirm_deactivateCa, r.id()),
								(r, m) -> view.connected().certificates().setCaStatus(r.id(), CACertificateStatus.INACTIVE)),
						new ResourceTab.RowAction<>(Messages.action_delete, r -> Messages.bind(Messages.confirm_deleteCa, r.id()),
								(r, m) -> view.connected().certificates().deleteCa(r.id()))),
				null, view::runAction);
		certificates = new ResourceTab<>(parent, Rows.Certificate.class, List.of(
				new ResourceTab.Column<>(Messages.column_id, 200, Rows.Certificate::id),
				new ResourceTab.Column<>(Messages.column_status, 90, Rows.Certificate::status),
				new ResourceTab.Column<>(Messages.column_ca, 140, Rows.Certificate::caId),
				new ResourceTab.Column<>(Messages.column_policies, 160, r -> String.join(", ", r.policies())),
				new ResourceTab.Column<>(Messages.column_things, 160, r -> String.join(", ", r.things())),
				new ResourceTab.Column<>(Messages.column_created, 130, r -> date(r.created())),
				new ResourceTab.Column<>(Messages.column_notes, 200, Rows.Certificate::problem)),
				List.of(new ResourceTab.RowAction<>(Messages.action_activate, null,
						(r, m) -> view.connected().certificates().setStatus(r.id(), CertificateStatus.ACTIVE)),
						new ResourceTab.RowAction<>(Messages.action_deactivate,
								r -> Messages.bind(Messages.confirm_deactivate, r.id()),
								(r, m) -> view.connected().certificates().setStatus(r.id(), CertificateStatus.INACTIVE)),
						new ResourceTab.RowAction<>(Messages.action_revoke, r -> Messages.bind(Messages.confirm_revoke, r.id()),
								(r, m) -> view.connected().certificates().setStatus(r.id(), CertificateStatus.REVOKED)),
						new ResourceTab.RowAction<>(Messages.action_delete, r -> Messages.bind(Messages.confirm_delete, r.id()),
								(r, m) -> view.connected().certificates().delete(r.id(), m))),
				null, view::runAction);
		things = new ResourceTab<>(parent, Rows.Thing.class, List.of(
				new ResourceTab.Column<>(Messages.column_name, 200, Rows.Thing::name),
				new ResourceTab.Column<>(Messages.column_type, 100, Rows.Thing::type),
				new ResourceTab.Column<>(Messages.column_attributes, 220, r -> r.attributes().toString()),
				new ResourceTab.Column<>(Messages.column_principals, 400, r -> String.join(", ", r.principals()))),
				List.of(new ResourceTab.RowAction<>(Messages.action_delete, r -> Messages.bind(Messages.confirm_deleteThing, r.name()),
						(r, m) -> view.connected().resources().deleteThing(r.name(), m))),
				null, view::runAction);
		policies = new ResourceTab<>(parent, Rows.Policy.class, List.of(
				new ResourceTab.Column<>(Messages.column_name, 220, Rows.Policy::name),
				new ResourceTab.Column<>(Messages.column_arn, 360, Rows.Policy::arn)),
				List.of(new ResourceTab.RowAction<>(Messages.action_delete, r -> Messages.bind(Messages.confirm_deletePolicy, r.name()),
						(r, m) -> view.connected().resources().deletePolicy(r.name(), m))),
				Rows.Policy::document, view::runAction);
		rules = new ResourceTab<>(parent, Rows.TopicRule.class, List.of(
				new ResourceTab.Column<>(Messages.column_name, 180, Rows.TopicRule::name),
				new ResourceTab.Column<>(Messages.column_enabled, 70, r -> r.enabled() ? Messages.yes : Messages.no),
				new ResourceTab.Column<>(Messages.column_sql, 320, Rows.TopicRule::sql),
				new ResourceTab.Column<>(Messages.column_actions, 420, r -> String.join("; ", r.actions()))),
				List.of(new ResourceTab.RowAction<>(Messages.action_enable, null,
						(r, m) -> view.connected().resources().setTopicRuleEnabled(r.name(), true)),
						new ResourceTab.RowAction<>(Messages.action_disable,
								r -> Messages.bind(Messages.confirm_disableRule, r.name()),
								(r, m) -> view.connected().resources().setTopicRuleEnabled(r.name(), false)),
						new ResourceTab.RowAction<>(Messages.action_delete, r -> Messages.bind(Messages.confirm_deleteRule, r.name()),
								(r, m) -> view.connected().resources().deleteTopicRule(r.name()))),
				null, view::runAction);
	}

	private static String date(java.time.Instant instant) {
		return instant == null ? "" : DATE.format(instant);
	}
}
