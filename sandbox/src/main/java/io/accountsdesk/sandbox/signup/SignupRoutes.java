package io.accountsdesk.sandbox.signup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.accountsdesk.sandbox.SandboxContext;
import io.accountsdesk.sandbox.accounts.AccountDocuments;
import io.accountsdesk.sandbox.accounts.AccountIds;
import io.accountsdesk.sandbox.accounts.AccountShapes;
import io.accountsdesk.sandbox.accounts.AccountStore;
import io.accountsdesk.sandbox.accounts.ListParams;
import io.accountsdesk.sandbox.auth.TokenPrincipal;
import io.accountsdesk.sandbox.auth.TokenService;
import io.accountsdesk.sandbox.http.ApiException;
import io.accountsdesk.sandbox.http.FieldError;
import io.accountsdesk.sandbox.http.Json;
import io.accountsdesk.sandbox.http.Request;
import io.accountsdesk.sandbox.http.Response;
import io.accountsdesk.sandbox.http.RouteTable;
import io.accountsdesk.sandbox.http.Shape;
import io.accountsdesk.sandbox.outbox.Outbox;
import io.accountsdesk.sandbox.store.DocumentStore;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Signup (seed lines 11090-11535): new Dintero accounts signing up under a partner ({@code oid}).
 *
 * <p><b>Own signup.</b> {@code POST /accounts/{oid}/signup} keeps the application and emails the applicant a
 * six-digit verification code (in the sandbox: the outbox, {@code GET /v1/_sandbox/outbox?to=<email>}, purpose
 * {@code signup_verification}); it answers 204, as the seed shows no success body. The code works once, for
 * {@link #CODE_TTL}. {@code POST /accounts/{oid}/signup/verify?verification_code=…[&authorize=Bearer]} (query
 * parameters, no body) then creates the account under the partner ({@code progression=applied},
 * {@code sale_channel=INBOUND}), sends the welcome email the seed describes (purpose {@code signup_welcome}, with the
 * Backoffice link) and answers {@code account_id} and {@code email}, plus an access token for the new account when
 * {@code authorize=Bearer}.
 *
 * <p><b>Pre-filled signup.</b> {@code POST /accounts/{oid}/signup/prefill} keeps a form the partner filled in and
 * emails the applicant a link to it (purpose {@code signup_prefill}); 201 with the form and its generated
 * {@code prefill_id} (a {@code prefill_id} in the body is ignored: the seed calls it auto-generated).
 * {@code GET …/prefill/{prefill_id}} reads it while it is not accepted (404 after, as the seed says "not yet
 * accepted"). {@code POST …/prefill/{prefill_id}[?authorize=Bearer]} accepts it with the applicant's final form:
 * it creates the account ({@code sale_channel=PARTNER}), emails the welcome with a first password (purpose
 * {@code signup_welcome}, the password as the message's code), and answers the form plus {@code account_id} and
 * the tokens; accepting twice is a 409.
 *
 * <p>Choices where the seed is silent: the routes take a bearer token for {@code oid} (Dintero's reference shows
 * one on each), and only a partner can have accounts signed up under it (403 otherwise). {@code account_id} is the
 * full id ({@code T12345678}); Dintero's current reference describes it as the 8 digits alone, the seed only as a
 * string, and the full id is what every other sandbox route takes. No refresh token is issued
 * ({@code refresh_token: null}): the sandbox's token service issues none for these grants.
 * {@code previous_password_token} is an opaque token kept with the new account
 * ({@code ("signup.password_tokens", account_id, token)}) for a password route to accept.
 */
public final class SignupRoutes {

    static final String PENDING = "signup.pending";
    static final String PREFILLS = "signup.prefills";
    static final String PASSWORD_TOKENS = "signup.password_tokens";
    static final Duration CODE_TTL = Duration.ofHours(1);
    /** Internal bookkeeping inside a stored prefill; never served. */
    private static final String INTERNAL = "_sandbox";

    static final Shape SIGNUP = Shape.object()
            .field("applicant", AccountShapes.applicant(), true)
            .field("company", AccountShapes.company())
            .field("billing", AccountShapes.billing())
            .field("account_manager", AccountShapes.accountManager())
            .field("external_integrations", Shape.object()
                    .field("wallmob_signup", Shape.object()
                            .field("merchant_type", Shape.string().nullable())
                            .field("password", Shape.string().nullable())
                            .nullable())
                    .nullable());

    static final Shape PREFILL = Shape.object()
            .field("prefill_id", Shape.string().nullable())
            .field("applicant", AccountShapes.applicant(), true)
            .field("company", AccountShapes.company(), true)
            .field("billing", AccountShapes.billing(), true)
            .field("account_manager", AccountShapes.accountManager());

    private static final SecureRandom RANDOM = new SecureRandom();

    private final DocumentStore documents;
    private final Outbox outbox;
    private final TokenService tokens;
    private final URI baseUrl;
    private final Clock clock;

    public SignupRoutes(SandboxContext context) {
        this.documents = context.documents();
        this.outbox = context.outbox();
        this.tokens = context.tokens();
        this.baseUrl = context.baseUrl();
        this.clock = context.clock();
    }

    public void register(RouteTable routes) {
        routes.add("POST", "/accounts/{oid}/signup", this::signup);
        routes.add("POST", "/accounts/{oid}/signup/verify", this::verify);
        routes.add("POST", "/accounts/{oid}/signup/prefill", this::createPrefill);
        routes.add("GET", "/accounts/{oid}/signup/prefill/{prefill_id}", this::getPrefill);
        routes.add("POST", "/accounts/{oid}/signup/prefill/{prefill_id}", this::acceptPrefill);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String clientOf(Request request) {
        return request.attribute(TokenPrincipal.class).map(TokenPrincipal::clientId).orElse(null);
    }

    Response signup(Request request) {
        String partnerId = AccountIds.normalizeOwner(request.pathParam("oid"));
        JsonNode body = request.json();
        SIGNUP.check(body);
        Instant now = now();
        String email = body.get("applicant").get("email").asText();
        String code = documents.inTransaction(tx -> {
            AccountStore.requirePartner(tx, partnerId, "have accounts signed up under it");
            String fresh;
            do {
                fresh = String.format("%06d", RANDOM.nextInt(1_000_000));
            } while (tx.byLookup(PENDING, partnerId + ":" + fresh).isPresent());
            ObjectNode pending = Json.object();
            String id = UUID.randomUUID().toString();
            pending.put("id", id);
            pending.put("created_at", now.toString());
            pending.put("expires_at", now.plus(CODE_TTL).toString());
            pending.set("application", body.deepCopy());
            tx.put(PENDING, partnerId, id, pending, partnerId + ":" + fresh);
            return fresh;
        });
        outbox.send(new Outbox.Message("email", email, "signup_verification", code,
                "Your Dintero verification code is " + code + ". It is valid for " + CODE_TTL.toMinutes()
                        + " minutes. Enter it to finish signing up."));
        return new Response(204, Map.of(), new byte[0]);
    }

    Response verify(Request request) {
        String partnerId = AccountIds.normalizeOwner(request.pathParam("oid"));
        List<FieldError> errors = new ArrayList<>();
        Optional<String> code = ListParams.single(request.query(), "verification_code", errors);
        if (code.isEmpty() && errors.isEmpty()) {
            errors.add(FieldError.query("verification_code", "is required: the code emailed to the applicant by"
                    + " POST /accounts/" + partnerId.substring(0, 4) + "/signup"));
        }
        boolean authorize = authorize(request, errors);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        String by = clientOf(request);
        Instant now = now();
        ObjectNode created = documents.inTransaction(tx -> {
            DocumentStore.Found found = tx.byLookup(PENDING, partnerId + ":" + code.get().trim())
                    .filter(f -> f.owner().equals(partnerId))
                    .orElseThrow(() -> ApiException.validation(List.of(FieldError.query("verification_code",
                            "is not a code sent for a signup under " + partnerId + ", or it was used already;"
                                    + " start again with POST /accounts/" + partnerId.substring(0, 4) + "/signup"))));
            String expires = found.document().get("expires_at").asText();
            if (now.isAfter(Instant.parse(expires))) {
                throw ApiException.validation(List.of(FieldError.query("verification_code", "expired at " + expires
                        + "; start again with POST /accounts/" + partnerId.substring(0, 4) + "/signup")));
            }
            tx.delete(PENDING, partnerId, found.id());
            return createAccount(tx, partnerId, found.document().get("application"), "INBOUND", by, now);
        });
        return Response.json(200, finish(created, authorize, null));
    }

    private static boolean authorize(Request request, List<FieldError> errors) {
        Optional<String> value = ListParams.single(request.query(), "authorize", errors);
        if (value.isPresent() && !value.get().equals("Bearer")) {
            errors.add(FieldError.query("authorize", "must be Bearer (to include access tokens) or left out"));
        }
        return value.isPresent();
    }

    /** The account made from a signup or an accepted prefill, with its first-password token. */
    private ObjectNode createAccount(DocumentStore.Tx tx, String partnerId, JsonNode application, String saleChannel,
                                     String by, Instant now) {
        AccountStore.requirePartner(tx, partnerId, "have accounts signed up under it");
        ObjectNode body = Json.object();
        body.set("applicant", application.get("applicant").deepCopy());
        ObjectNode company = application.path("company").isObject()
                ? ((ObjectNode) application.get("company")).deepCopy() : Json.object();
        if (!company.hasNonNull("business_name")) {
            // A signup need not name a company yet; the account still needs a name to be listed by.
            JsonNode a = application.get("applicant");
            String name = (a.path("first_name").asText("") + " " + a.path("last_name").asText("")).trim();
            company.put("business_name", name.isEmpty() ? a.get("email").asText() : name);
        }
        body.set("company", company);
        body.set("billing", application.path("billing").isObject() ? application.get("billing").deepCopy() : Json.object());
        if (application.hasNonNull("account_manager")) {
            body.set("account_manager", application.get("account_manager").deepCopy());
        }
        body.put("sale_channel", saleChannel);
        String accountId = AccountStore.newAccountId(tx, partnerId.charAt(0));
        Instant createdAt = AccountStore.creationTime(tx, partnerId, now);
        ObjectNode account = AccountDocuments.newAccount(body, accountId, partnerId, by, createdAt, null);
        AccountStore.insert(tx, partnerId, account);
        byte[] secret = new byte[24];
        RANDOM.nextBytes(secret);
        String passwordToken = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ObjectNode tokenDoc = Json.object();
        tokenDoc.put("email", account.path("applicant").path("email").asText());
        tokenDoc.put("created_at", now.toString());
        tx.put(PASSWORD_TOKENS, accountId, passwordToken, tokenDoc);
        ObjectNode result = Json.object();
        result.set("account", account);
        result.put("previous_password_token", passwordToken);
        return result;
    }

    /**
     * Sends the welcome email and builds the seed's token answer.
     *
     * @param password a first password to put in the welcome email (prefills), or {@code null}
     */
    private ObjectNode finish(ObjectNode created, boolean authorize, String password) {
        JsonNode account = created.get("account");
        String accountId = account.get("account_id").asText();
        String email = account.path("applicant").path("email").asText();
        outbox.send(new Outbox.Message("email", email, "signup_welcome", password,
                "Welcome to Dintero! Your account " + accountId + " (" + account.path("company").path("business_name")
                        .asText() + ") is ready. Sign in to Backoffice: https://backoffice.dintero.com/" + accountId
                        + (password == null ? "" : " with the password " + password)));
        ObjectNode answer = Json.object();
        answer.put("account_id", accountId);
        if (authorize) {
            String audience = baseUrl + "/accounts/" + accountId;
            TokenService.IssuedToken token = tokens.issue(audience, "signup:" + email, audience, accountId);
            answer.put("access_token", token.accessToken());
            answer.put("expires_in", token.expiresIn());
            answer.put("token_type", "Bearer");
        } else {
            answer.putNull("access_token");
            answer.putNull("expires_in");
            answer.putNull("token_type");
        }
        answer.putNull("refresh_token");
        answer.put("email", email);
        answer.put("previous_password_token", created.get("previous_password_token").asText());
        return answer;
    }

    Response createPrefill(Request request) {
        String partnerId = AccountIds.normalizeOwner(request.pathParam("oid"));
        JsonNode body = request.json();
        PREFILL.check(body);
        Instant now = now();
        ObjectNode prefill = documents.inTransaction(tx -> {
            AccountStore.requirePartner(tx, partnerId, "have accounts signed up under it");
            ObjectNode doc = Json.object();
            String id = UUID.randomUUID().toString();
            doc.put("prefill_id", id);
            doc.set("applicant", body.get("applicant").deepCopy());
            doc.set("company", body.get("company").deepCopy());
            doc.set("billing", body.get("billing").deepCopy());
            doc.set("account_manager", body.hasNonNull("account_manager") ? body.get("account_manager").deepCopy()
                    : Json.MAPPER.nullNode());
            ObjectNode internal = doc.putObject(INTERNAL);
            internal.put("created_at", now.toString());
            internal.putNull("accepted_account_id");
            tx.put(PREFILLS, partnerId, id, doc);
            return doc;
        });
        String id = prefill.get("prefill_id").asText();
        outbox.send(new Outbox.Message("email", prefill.get("applicant").get("email").asText(), "signup_prefill", null,
                prefill.get("company").path("business_name").asText() + " has been prepared for you on Dintero."
                        + " Review the details and accept the terms to create the account:"
                        + " https://onboarding.dintero.com/prefill/" + id + "?partner=" + partnerId));
        return Response.json(201, view(prefill));
    }

    Response getPrefill(Request request) {
        String partnerId = AccountIds.normalizeOwner(request.pathParam("oid"));
        String id = request.pathParam("prefill_id");
        ObjectNode prefill = documents.get(PREFILLS, partnerId, id).orElseThrow(() -> notFound(partnerId, id));
        String accepted = prefill.path(INTERNAL).path("accepted_account_id").asText(null);
        if (accepted != null) {
            throw ApiException.notFound("Prefilled signup " + id + " was accepted already and became account "
                    + accepted + "; read it with GET /accounts/" + partnerId + "/management/accounts/" + accepted);
        }
        return Response.json(200, view(prefill));
    }

    Response acceptPrefill(Request request) {
        String partnerId = AccountIds.normalizeOwner(request.pathParam("oid"));
        String id = request.pathParam("prefill_id");
        JsonNode body = request.json();
        PREFILL.check(body);
        List<FieldError> errors = new ArrayList<>();
        boolean authorize = authorize(request, errors);
        if (!errors.isEmpty()) {
            throw ApiException.validation(errors);
        }
        String by = clientOf(request);
        Instant now = now();
        Accepted accepted = documents.inTransaction(tx -> {
            ObjectNode prefill = tx.get(PREFILLS, partnerId, id).orElseThrow(() -> notFound(partnerId, id));
            String done = prefill.path(INTERNAL).path("accepted_account_id").asText(null);
            if (done != null) {
                throw new ApiException(409, "conflict", "Prefilled signup " + id + " was accepted already and became"
                        + " account " + done, List.of(), Map.of());
            }
            // The applicant's form as accepted replaces what the partner prefilled.
            for (String field : new String[] {"applicant", "company", "billing"}) {
                prefill.set(field, body.get(field).deepCopy());
            }
            if (body.has("account_manager")) {
                prefill.set("account_manager", body.get("account_manager").deepCopy());
            }
            ObjectNode created = createAccount(tx, partnerId, prefill, "PARTNER", by, now);
            ((ObjectNode) prefill.get(INTERNAL)).put("accepted_account_id",
                    created.get("account").get("account_id").asText());
            ((ObjectNode) prefill.get(INTERNAL)).put("accepted_at", now.toString());
            tx.put(PREFILLS, partnerId, id, prefill);
            return new Accepted(prefill, created);
        });
        byte[] secret = new byte[9];
        RANDOM.nextBytes(secret);
        String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        ObjectNode answer = view(accepted.prefill());
        answer.setAll(finish(accepted.created(), authorize, password));
        return Response.json(200, answer);
    }

    private record Accepted(ObjectNode prefill, ObjectNode created) {
    }

    private static ApiException notFound(String partnerId, String id) {
        return ApiException.notFound("No prefilled signup " + id + " under " + partnerId
                + "; create one with POST /accounts/" + partnerId.substring(0, 4) + "/signup/prefill");
    }

    private static ObjectNode view(ObjectNode prefill) {
        ObjectNode view = prefill.deepCopy();
        view.remove(INTERNAL);
        return view;
    }
}
