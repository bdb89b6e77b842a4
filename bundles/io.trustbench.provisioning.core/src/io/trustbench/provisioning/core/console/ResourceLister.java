package io.trustbench.provisioning.core.console;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.iot.IotClient;
import software.amazon.awssdk.services.iot.model.CACertificate;
import software.amazon.awssdk.services.iot.model.Certificate;
import software.amazon.awssdk.services.iot.model.ListCaCertificatesResponse;
import software.amazon.awssdk.services.iot.model.ListCertificatesResponse;
import software.amazon.awssdk.services.iot.model.ListPoliciesResponse;
import software.amazon.awssdk.services.iot.model.ListThingsResponse;
import software.amazon.awssdk.services.iot.model.ListTopicRulesResponse;
import software.amazon.awssdk.services.iot.model.Policy;
import software.amazon.awssdk.services.iot.model.ThingAttribute;
import software.amazon.awssdk.services.iot.model.TopicRule;
import software.amazon.awssdk.services.iot.model.TopicRuleListItem;

/**
 * Lists every resource kind the console shows, following {@code nextMarker}/{@code nextToken} to
 * the end, with the per-item details the AWS console shows beside them (a CA's auto-registration;
 * a certificate's CA, policies and things; a policy's document; a rule's SQL and actions). A list
 * call the endpoint lacks becomes {@link Listing#unsupported}; any other failure is thrown.
 */
public final class ResourceLister {

	private final IotClient iot;

	public ResourceLister(IotClient iot) {
		this.iot = iot;
	}

	public Listing<Rows.CaCertificate> caCertificates(IProgressMonitor monitor) {
		return list("ListCACertificates", monitor,
				m -> Pages.all(marker -> iot.listCACertificates(r -> r.marker(marker)),
						ListCaCertificatesResponse::certificates, ListCaCertificatesResponse::nextMarker, m),
				(CACertificate ca, IProgressMonitor m) -> new Rows.CaCertificate(ca.certificateId(), ca.statusAsString(),
						iot.describeCACertificate(r -> r.certificateId(ca.certificateId())).certificateDescription()
								.autoRegistrationStatusAsString(),
						ca.creationDate()));
	}

	public Listing<Rows.Certificate> certificates(IProgressMonitor monitor) {
		return list("ListCertificates", monitor,
				m -> Pages.all(marker -> iot.listCertificates(r -> r.marker(marker)),
						ListCertificatesResponse::certificates, ListCertificatesResponse::nextMarker, m),
				(Certificate c, IProgressMonitor m) -> details(c, m));
	}

	public Listing<Rows.Thing> things(IProgressMonitor monitor) {
		return list("ListThings", monitor,
				m -> Pages.all(token -> iot.listThings(r -> r.nextToken(token)), ListThingsResponse::things,
						ListThingsResponse::nextToken, m),
				(ThingAttribute t, IProgressMonitor m) -> new Rows.Thing(t.thingName(), t.thingTypeName(),
						new TreeMap<>(t.attributes()), principals(t.thingName(), m)));
	}

	public Listing<Rows.Policy> policies(IProgressMonitor monitor) {
		return list("ListPolicies", monitor,
				m -> Pages.all(marker -> iot.listPolicies(r -> r.marker(marker)), ListPoliciesResponse::policies,
						ListPoliciesResponse::nextMarker, m),
				(Policy p, IProgressMonitor m) -> new Rows.Policy(p.policyName(), p.policyArn(),
						JsonText.pretty(iot.getPolicy(r -> r.policyName(p.policyName())).policyDocument())));
	}

	public Listing<Rows.TopicRule> topicRules(IProgressMonitor monitor) {
		return list("ListTopicRules", monitor,
				m -> Pages.all(token -> iot.listTopicRules(r -> r.nextToken(token)), ListTopicRulesResponse::rules,
						ListTopicRulesResponse::nextToken, m),
				(TopicRuleListItem item, IProgressMonitor m) -> {
					TopicRule rule = iot.getTopicRule(r -> r.ruleName(item.ruleName())).rule();
					return new Rows.TopicRule(item.ruleName(), item.topicPattern(), rule.sql(),
							rule.actions().stream().map(RuleActions::describe).toList(),
							!Boolean.TRUE.equals(rule.ruleDisabled()));
				});
	}

	/** The certificate ARNs attached to a thing (all pages). */
	public List<String> principals(String thingName, IProgressMonitor monitor) {
		return List.copyOf(Pages.all(token -> iot.listThingPrincipals(r -> r.thingName(thingName).nextToken(token)),
				response -> response.principals(), response -> response.nextToken(), monitor));
	}

	/** The policy names attached to a target (a certificate ARN), all pages. */
	public List<String> attachedPolicies(String target, IProgressMonitor monitor) {
		return Pages.all(marker -> iot.listAttachedPolicies(r -> r.target(target).marker(marker)),
				response -> response.policies().stream().map(Policy::policyName).toList(), response -> response.nextMarker(),
				monitor);
	}

	/** The thing names a principal (a certificate ARN) is attached to, all pages. */
	public List<String> principalThings(String principal, IProgressMonitor monitor) {
		return Pages.all(token -> iot.listPrincipalThings(r -> r.principal(principal).nextToken(token)),
				response -> response.things(), response -> response.nextToken(), monitor);
	}

	/** CA, policies and things of one certificate; what the endpoint cannot tell is named in {@code problem}. */
	private Rows.Certificate details(Certificate c, IProgressMonitor monitor) {
		List<String> problems = new ArrayList<>();
		String caId = detail("DescribeCertificate", problems,
				() -> iot.describeCertificate(r -> r.certificateId(c.certificateId())).certificateDescription()
						.caCertificateId());
		List<String> policies = detail("ListAttachedPolicies", problems,
				() -> attachedPolicies(c.certificateArn(), monitor));
		List<String> things = detail("ListPrincipalThings", problems, () -> principalThings(c.certificateArn(), monitor));
		return new Rows.Certificate(c.certificateId(), c.certificateArn(), c.statusAsString(), caId,
				policies == null ? List.of() : List.copyOf(policies), things == null ? List.of() : List.copyOf(things),
				c.creationDate(), String.join("; ", problems));
	}

	private static <T> T detail(String operation, List<String> problems, java.util.function.Supplier<T> call) {
		try {
			return call.get();
		} catch (SdkException e) {
			problems.add(Unsupported.of(operation, e).orElseThrow(() -> e));
			return null;
		}
	}

	/** Lists all items, then builds each row (one progress tick each); a missing list call → unsupported. */
	private static <I, R> Listing<R> list(String operation, IProgressMonitor monitor,
			Function<IProgressMonitor, List<I>> items, BiFunction<I, IProgressMonitor, R> row) {
		SubMonitor progress = SubMonitor.convert(monitor, operation, 3);
		List<I> all;
		try {
			all = items.apply(progress.split(1));
		} catch (SdkException e) {
			return Listing.unsupported(Unsupported.of(operation, e).orElseThrow(() -> e));
		}
		SubMonitor each = progress.split(2).setWorkRemaining(all.size());
		List<R> rows = new ArrayList<>();
		for (I item : all) {
			Pages.checkCancelled(each);
			rows.add(row.apply(item, each.split(1)));
		}
		return Listing.of(rows);
	}
}
