package io.accountsdesk.client.connections;

import io.accountsdesk.client.connections.applepay.ApplePayApi;
import io.accountsdesk.client.connections.bambora.BamboraApi;
import io.accountsdesk.client.connections.collector.CollectorApi;
import io.accountsdesk.client.connections.common.CommonApi;
import io.accountsdesk.client.connections.instabank.InstabankApi;
import io.accountsdesk.client.connections.klarna.KlarnaApi;
import io.accountsdesk.client.connections.payex.PayExApi;
import io.accountsdesk.client.connections.santander.SantanderApi;
import io.accountsdesk.client.connections.swish.SwishApi;
import io.accountsdesk.client.connections.vipps.VippsApi;
import io.accountsdesk.client.connections.vippspsp.VippsPspApi;
import io.accountsdesk.client.connections.visatokens.VisaTokensApi;
import io.accountsdesk.client.http.HttpTransport;

/**
 * An account's payment connections ({@code /accounts/{aid}/management/settings/connections/...}), one object per
 * provider. Each provider's operations, models and doubts live in its own package, so a provider is found by name.
 */
public final class ConnectionsApi {

    private final BamboraApi bambora;
    private final CollectorApi collector;
    private final CommonApi common;
    private final InstabankApi instabank;
    private final KlarnaApi klarna;
    private final VippsPspApi vippsPsp;
    private final ApplePayApi applePay;
    private final PayExApi payEx;
    private final SantanderApi santander;
    private final SwishApi swish;
    private final VippsApi vipps;
    private final VisaTokensApi visaTokens;

    /**
     * @param oid the account the client signed in for; each call names the account it acts on ({@code aid}), which is
     *            {@code oid} itself or, for a partner, one of its sub-accounts
     */
    public ConnectionsApi(HttpTransport transport, String oid) {
        this.bambora = new BamboraApi(transport, oid);
        this.collector = new CollectorApi(transport, oid);
        this.common = new CommonApi(transport, oid);
        this.instabank = new InstabankApi(transport, oid);
        this.klarna = new KlarnaApi(transport, oid);
        this.vippsPsp = new VippsPspApi(transport, oid);
        this.applePay = new ApplePayApi(transport, oid);
        this.payEx = new PayExApi(transport, oid);
        this.santander = new SantanderApi(transport, oid);
        this.swish = new SwishApi(transport, oid);
        this.vipps = new VippsApi(transport, oid);
        this.visaTokens = new VisaTokensApi(transport, oid);
    }

    public BamboraApi bambora() {
        return bambora;
    }

    public CollectorApi collector() {
        return collector;
    }

    /** The Common signup: one application for several payment products. */
    public CommonApi common() {
        return common;
    }

    public InstabankApi instabank() {
        return instabank;
    }

    public KlarnaApi klarna() {
        return klarna;
    }

    /** Vipps through Dintero as payment service provider. */
    public VippsPspApi vippsPsp() {
        return vippsPsp;
    }

    public ApplePayApi applePay() {
        return applePay;
    }

    public PayExApi payEx() {
        return payEx;
    }

    /** Santander store overrides, the only Santander operation in the API. */
    public SantanderApi santander() {
        return santander;
    }

    public SwishApi swish() {
        return swish;
    }

    public VippsApi vipps() {
        return vipps;
    }

    public VisaTokensApi visaTokens() {
        return visaTokens;
    }
}
