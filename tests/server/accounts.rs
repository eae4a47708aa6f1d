//! Accounts over HTTP: signing in and out, sign-in throttling (slowed, never locked out; counted
//! before the password is checked; per client only behind a trusted proxy), changing one's own
//! password, invitations and members.

use serde_json::{Value, json};

use crate::{
    harness::{TestServer, client, command, demo_organisation},
    network::*,
};

#[tokio::test]
async fn signing_in_gives_a_new_httponly_session_and_tells_the_phone_who_and_signing_out_ends_it() {
    let server = network().await;
    let r = login_response(&server, "worker@zamzam.example.org", PASSWORD, None).await;
    let cookie = session_cookie(&r).unwrap();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Lax") && cookie.contains("Path=/"), "{cookie}");
    assert!(!cookie.contains("Secure"), "plain http in tests");
    // The phone learns who signed in (no secret: the user's id, when, the idle limit), for as
    // long as the session may sit idle.
    let who = set_cookie(&r, "signpost-who").expect("the phone is told who signed in");
    assert!(!who.contains("HttpOnly") && who.contains("Max-Age=3600"), "{who}");
    let first = cookie.split(';').next().unwrap().to_string();
    // Signing in again from that session gives a new session id (no fixation).
    let again = login_response(&server, "worker@zamzam.example.org", PASSWORD, Some(&first)).await;
    let second = session_cookie(&again).unwrap().split(';').next().unwrap().to_string();
    assert_ne!(first, second);
    let me = Signed { server: &server, cookie: second.clone() };
    let (status, body) = me.me().await;
    assert_eq!(status, 200);
    assert_eq!(body["role"], "worker");
    assert_eq!(body["organisation_id"], demo_organisation("zamzam"));
    // A stored session names its account by id only: the account as read with it (email, role)
    // lasts the request and is never written back.
    assert_eq!(sessions_holding(&server, "zamzam.example.org").await, 0);
    assert!(who.starts_with(&format!("signpost-who={}.", body["id"].as_str().unwrap())), "{who}");
    let out = client().post(server.url("/logout")).header("cookie", &second).send().await.unwrap();
    assert_eq!(out.status(), 303);
    assert!(set_cookie(&out, "signpost-who").unwrap().contains("Max-Age=0"), "the phone forgets who was signed in");
    assert_eq!(me.me().await.0, 401);
    assert_eq!(Signed { server: &server, cookie: first }.me().await.0, 401, "the old id is gone");
}

/// How many stored sessions hold `text`.
async fn sessions_holding(server: &TestServer, text: &str) -> i64 {
    let db = crate::harness::open_database(server.dir.path()).await;
    let count: i64 = signpost::on_db!(&db, pool => {
        sqlx::query_scalar("SELECT count(*) FROM sessions WHERE data LIKE $1").bind(format!("%{text}%")).fetch_one(pool).await
    })
    .unwrap();
    db.close().await;
    count
}

/// Signs in with the right password until it works (the delay after failures is at most half a
/// minute); how many tries that took.
async fn eventually_signed_in(server: &TestServer, email: &str) -> usize {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(45);
    for tries in 1.. {
        let r = login_response(server, email, PASSWORD, None).await;
        if session_cookie(&r).is_some() {
            return tries;
        }
        assert_eq!(r.headers()["location"], "/login?error=limited&next=/");
        assert!(std::time::Instant::now() < deadline, "the rightful owner was kept out");
        tokio::time::sleep(std::time::Duration::from_millis(250)).await;
    }
    unreachable!()
}

#[tokio::test]
async fn repeated_failures_slow_an_account_down_but_never_lock_its_owner_out() {
    let server = network().await;
    let r = login_response(&server, "worker@zamzam.example.org", "not the password", None).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/login?error=invalid&next=/");
    assert!(session_cookie(&r).is_none());
    let r = login_response(&server, "nobody@example.org", PASSWORD, None).await;
    assert_eq!(r.headers()["location"], "/login?error=invalid&next=/", "an unknown email looks the same");
    for _ in 0..5 {
        login_response(&server, "worker@zamzam.example.org", "not the password", None).await;
    }
    // After six failures the next attempt must wait a moment, even with the right password…
    let r = login_response(&server, "worker@zamzam.example.org", PASSWORD, None).await;
    assert_eq!(r.headers()["location"], "/login?error=limited&next=/");
    assert!(session_cookie(&r).is_none());
    // …but only a moment: the owner gets in (it used to be 15 minutes' lockout for anyone
    // who knew the email address).
    eventually_signed_in(&server, "worker@zamzam.example.org").await;
    // Others are unaffected throughout.
    sign_in(&server, "admin@zamzam.example.org").await;
    // The page says why, in the user's language.
    let (status, html) = server.text("/login?error=limited").await;
    assert_eq!(status, 200);
    assert!(html.contains("Too many attempts to sign in"), "{html}");
    assert!(html.contains(r#"<label for="login-email">Email address</label>"#));
}

#[tokio::test]
async fn parallel_guesses_at_one_account_are_counted_before_any_password_is_checked() {
    let server = network().await;
    let guesses: Vec<_> = (0..24)
        .map(|i| {
            let url = server.url("/login");
            tokio::spawn(async move {
                let password = format!("guess number {i}");
                let r = client().post(url).form(&[("email", "admin@wesley.example.org"), ("password", password.as_str())]).send().await.unwrap();
                r.headers()["location"].to_str().unwrap().to_string()
            })
        })
        .collect();
    let mut checked = 0;
    for guess in guesses {
        let location = guess.await.unwrap();
        if location.starts_with("/login?error=invalid") {
            checked += 1;
        } else {
            assert!(location.starts_with("/login?error=limited"), "{location}");
        }
    }
    // One guess at a time is checked; once the account has failed a few times, each must wait.
    // Before, all 24 were checked at once.
    assert!(checked <= 6, "{checked} of 24 parallel guesses were checked");
    eventually_signed_in(&server, "admin@wesley.example.org").await;
}

#[tokio::test]
async fn a_forwarded_client_address_counts_only_from_a_trusted_proxy() {
    // Behind a proxy on 127.0.0.1: each client is counted by the address the proxy saw.
    let server = network_with(&[("SIGNPOST_TRUSTED_PROXIES", "127.0.0.1")]).await;
    let from = |client_ip: &'static str, email: String, password: &'static str| {
        let url = server.url("/login");
        async move {
            let r = client()
                .post(url)
                .header("x-forwarded-for", client_ip)
                .form(&[("email", email.as_str()), ("password", password)])
                .send()
                .await
                .unwrap();
            r.headers()["location"].to_str().unwrap().to_string()
        }
    };
    // Thirty failures from one client (at thirty accounts, so no account is slowed).
    for i in 0..30 {
        assert!(from("198.51.100.1", format!("nobody{i}@example.org"), "wrong password").await.contains("invalid"));
    }
    assert!(from("198.51.100.1", "worker@zamzam.example.org".into(), PASSWORD).await.contains("limited"), "that client waits");
    assert_eq!(from("198.51.100.2", "worker@zamzam.example.org".into(), PASSWORD).await, "/", "another client behind the same proxy does not");

    // Without a trusted proxy, the header is ignored: a client cannot choose its own address.
    let plain = network().await;
    for i in 0..30 {
        let r = client()
            .post(plain.url("/login"))
            .header("x-forwarded-for", format!("203.0.113.{i}"))
            .form(&[("email", format!("nobody{i}@example.org").as_str()), ("password", "wrong password")])
            .send()
            .await
            .unwrap();
        assert!(r.headers()["location"].to_str().unwrap().contains("invalid"));
    }
    let r = client()
        .post(plain.url("/login"))
        .header("x-forwarded-for", "203.0.113.200")
        .form(&[("email", "worker@zamzam.example.org"), ("password", PASSWORD)])
        .send()
        .await
        .unwrap();
    assert!(r.headers()["location"].to_str().unwrap().contains("limited"), "counted by its real address");
}

#[tokio::test]
async fn a_password_reset_by_the_cli_ends_the_accounts_sessions() {
    let server = network().await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    assert_eq!(worker.me().await.0, 200);
    let out = command(server.dir.path()).args(["user", "reset-password", "--email", "worker@zamzam.example.org"]).output().unwrap();
    assert!(out.status.success());
    let printed = String::from_utf8_lossy(&out.stdout);
    let password = printed.lines().find_map(|l| l.strip_prefix("password (shown once): ")).unwrap().to_string();
    assert_eq!(worker.me().await.0, 401);
    let r = login_response(&server, "worker@zamzam.example.org", &password, None).await;
    assert!(session_cookie(&r).is_some());
    // Bad input from the CLI: a clear message, nothing changed.
    let out = command(server.dir.path())
        .args(["user", "add", "--email", "x@example.org", "--org", "No Such Org", "--role", "worker"])
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("no organisation matches"));
}

#[tokio::test]
async fn signed_in_users_change_their_own_password_and_common_ones_are_refused() {
    let server = network().await;
    let here = sign_in(&server, "worker@zamzam.example.org").await;
    let elsewhere = sign_in(&server, "worker@zamzam.example.org").await;
    let change = |current: &'static str, new: &'static str, confirm: &'static str| {
        let here = &here;
        async move { here.call("change-password", &[("current", current), ("new", new), ("confirm", confirm)]).await }
    };
    let refused = |reply: (u16, Value), id: &str| {
        assert_eq!(reply, (400, json!({ "BadRequest": id })));
    };
    refused(change("not my password", "a brand new passphrase", "a brand new passphrase").await, "account-error-current-password");
    refused(change(PASSWORD, "Password1234!", "Password1234!").await, "account-error-password-common");
    refused(change(PASSWORD, "sunshine2024!!", "sunshine2024!!").await, "account-error-password-common");
    refused(change(PASSWORD, "short", "short").await, "account-error-password-short");
    refused(change(PASSWORD, "a brand new passphrase", "a brand new passphrase!").await, "account-error-password-mismatch");
    refused(change(PASSWORD, PASSWORD, PASSWORD).await, "account-error-password-same");
    assert_eq!(elsewhere.me().await.0, 200, "refused changes change nothing");
    // The change itself, as the page posts it: this session carries on (under a new id, as at
    // any sign-in); every other one has ended; only the new password works.
    let r = client()
        .post(server.url("/api/change-password"))
        .header("cookie", &here.cookie)
        .header("accept", "application/json")
        .form(&[("current", PASSWORD), ("new", "a brand new passphrase"), ("confirm", "a brand new passphrase")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 200);
    assert!(set_cookie(&r, "signpost-who").is_some(), "the phone still knows who is signed in");
    let here = Signed { server: &server, cookie: session_cookie(&r).unwrap().split(';').next().unwrap().to_string() };
    assert_eq!(here.me().await.0, 200);
    assert_eq!(elsewhere.me().await.0, 401);
    assert!(session_cookie(&login_response(&server, "worker@zamzam.example.org", PASSWORD, None).await).is_none());
    assert!(session_cookie(&login_response(&server, "worker@zamzam.example.org", "a brand new passphrase", None).await).is_some());
    // Signed out: asked to sign in.
    let r = client()
        .post(server.url("/api/change-password"))
        .header("accept", "application/json")
        .form(&[("current", "x"), ("new", "y"), ("confirm", "y")])
        .send()
        .await
        .unwrap();
    assert_eq!(r.status(), 401);
    // The page works without JavaScript.
    let (status, html) = page(&server, Some(&here.cookie), "/account/password").await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains(r#"autocomplete="current-password""#) && html.contains(r#"autocomplete="new-password""#), "{html}");
    assert!(form_action(&html, r#"name="confirm""#).starts_with("/api/"), "{html}");
}

#[tokio::test]
async fn invitations_work_from_pages_with_and_without_javascript_and_the_token_is_never_kept_whole() {
    let server = network().await;
    let admin = sign_in(&server, "admin@wesley.example.org").await;
    let cookie = Some(admin.cookie.as_str());

    // The inbox leads to the page; the page has the form, which posts to a server function.
    let (_, html) = page(&server, cookie, "/inbox").await;
    assert!(html.contains(r#"<a href="/members/invite">Invite a member</a>"#), "{html}");
    let (status, html) = page(&server, cookie, "/members/invite").await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains(r#"value="worker""#) && html.contains(r#"value="org-admin""#), "{html}");
    assert!(input_value(&html, "invite-link").is_none(), "no link before one is made: {html}");
    assert_eq!(form_action(&html, r#"name="role""#), "/api/create-invitation");

    // With JavaScript: the link is the function's answer, with this site's address.
    let (status, body) = admin.invite("worker").await;
    assert_eq!(status, 200);
    let link = body["link"].as_str().unwrap().to_string();
    assert!(link.starts_with(&server.url("/invite/")) && link.len() > 80, "{link}");
    assert!(body["expires_at_ms"].as_i64().unwrap() > now_ms() + 6 * 24 * 3600 * 1000, "{body}");

    // Without JavaScript: back to the page (never with the token in the address), which shows
    // the link once, in a read-only field, and says what it does.
    let r = form_post(&server, &admin.cookie, "/api/create-invitation", "/members/invite", &[("role", "org-admin")]).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/members/invite");
    let half = set_cookie(&r, "signpost-new-invitation").expect("half the link, in a cookie");
    assert!(half.contains("HttpOnly") && half.contains("SameSite=Strict"), "{half}");
    let half = half.split(';').next().unwrap().to_string();
    let both = format!("{}; {half}", admin.cookie);
    // Half the link is in the session, half in the cookie: nothing on the server holds it whole.
    let shown = {
        let (status, html) = page(&server, Some(&both), "/members/invite").await;
        assert_eq!(status, 200, "{html}");
        let shown = input_value(&html, "invite-link").unwrap_or_else(|| panic!("the link is shown: {html}")).to_string();
        assert!(html.contains("readonly") && html.contains(r#"<label for="invite-link">Invitation link</label>"#), "{html}");
        assert!(html.contains("It works once, for 7 days. It is shown only now"), "{html}");
        shown
    };
    assert!(shown.starts_with(&server.url("/invite/")) && shown != link, "{shown}");
    let token = shown.rsplit('/').next().unwrap().to_string();
    assert_eq!(sessions_holding(&server, &token).await, 0, "the token is in a session");
    // The admin's session was read (with its account) and written back (with half the link,
    // then without it): still only the account's id.
    assert_eq!(sessions_holding(&server, "example.org").await, 0, "an email is in a session");
    let (_, html) = page(&server, Some(&both), "/members/invite").await;
    assert!(input_value(&html, "invite-link").is_none() && !html.contains(&shown), "shown only once: {html}");

    // A worker may not invite; someone signed out is asked to sign in.
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    assert_eq!(worker.invite("worker").await, (403, json!("Forbidden")));
    let (status, html) = page(&server, Some(&worker.cookie), "/members/invite").await;
    assert_eq!(status, 403);
    assert_eq!(alert(&html), "Only your organisation's admins can invite members.", "{html}");
    assert!(!html.contains(r#"name="role""#), "{html}");
    let (status, html) = page(&server, None, "/members/invite").await;
    assert_eq!(status, 401);
    assert!(html.contains(r#"href="/login?next=/members/invite""#), "{html}");
    assert_eq!(admin.invite("coordinator").await, (400, json!({ "BadRequest": "account-error-role" })));

    // The new member: the form, a refused password with the reason, then the account.
    let path = link.strip_prefix(&server.base).unwrap().to_string();
    let link_token = path.strip_prefix("/invite/").unwrap().to_string();
    let (status, html) = page(&server, None, &path).await;
    assert_eq!(status, 200, "{html}");
    assert_eq!(form_action(&html, r#"name="password""#), path);
    assert!(html.contains(r#"autocomplete="new-password""#) && html.contains(r#"minlength="12""#), "{html}");
    assert_eq!(alert(&html), "", "{html}");
    let accept = |email: &'static str, password: &'static str| {
        let url = server.url(&path);
        async move {
            client()
                .post(url)
                .header("accept", "text/html")
                .header("sec-fetch-site", "same-origin")
                .form(&[("email", email), ("password", password)])
                .send()
                .await
                .unwrap()
        }
    };
    let r = accept("new@wesley.example.org", "too short").await;
    assert_eq!(r.status(), 303);
    let back = r.headers()["location"].to_str().unwrap().to_string();
    assert_eq!(back, format!("{path}?error=account-error-password-short"));
    let (status, html) = page(&server, None, &back).await;
    assert_eq!(status, 200);
    assert_eq!(alert(&html), "Choose a password of at least 12 characters.", "{html}");
    let r = accept("new@wesley.example.org", "qwertyuiop123").await;
    assert_eq!(r.headers()["location"].to_str().unwrap(), format!("{path}?error=account-error-password-common"));
    // Only account messages are taken from the address.
    let (_, html) = page(&server, None, &format!("{path}?error=error-cross-site")).await;
    assert_eq!(alert(&html), "", "{html}");
    let r = accept("new@wesley.example.org", PASSWORD).await;
    assert_eq!(r.status(), 303);
    assert_eq!(r.headers()["location"], "/");
    let me = Signed { server: &server, cookie: session_cookie(&r).unwrap().split(';').next().unwrap().to_string() };
    let (_, body) = me.me().await;
    assert_eq!(body["email"], "new@wesley.example.org");
    assert_eq!(body["role"], "worker");
    assert_eq!((body["organisation_id"].as_str()), Some(demo_organisation("wesley-hall").as_str()));
    let r = accept("other@wesley.example.org", PASSWORD).await;
    assert_eq!(r.headers()["location"].to_str().unwrap(), format!("{path}?error=account-error-invitation"), "used once only");
    assert!(session_cookie(&r).is_none(), "nobody is signed in by a used link");

    // No token reaches the server's output, even from a refused cross-site post.
    let r = client().post(server.url(&path)).header("sec-fetch-site", "cross-site").form(&[("email", "x@example.org")]).send().await.unwrap();
    assert_eq!(r.status(), 403);
    let (_, output) = server.stop();
    for t in [&token, &link_token] {
        assert!(!output.contains(t.as_str()), "{output}");
    }
}

#[tokio::test]
async fn organisation_admins_see_their_members_and_take_access_away() {
    let server = network().await;
    let admin = sign_in(&server, "admin@zamzam.example.org").await;
    let worker = sign_in(&server, "worker@zamzam.example.org").await;
    let admin_id = admin.me().await.1["id"].as_str().unwrap().to_string();
    let worker_id = worker.me().await.1["id"].as_str().unwrap().to_string();

    // The list (without JavaScript): the organisation's members only; the admin is "you".
    let (status, html) = page(&server, Some(&admin.cookie), "/members").await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("worker@zamzam.example.org") && html.contains("admin@zamzam.example.org"), "{html}");
    assert!(html.contains("This is you.") && html.contains(r#"aria-label="Remove access for worker@zamzam.example.org""#), "{html}");
    assert!(!html.contains("Remove access for admin@zamzam.example.org"), "no button to remove yourself: {html}");
    assert!(!html.contains("wesley.example.org") && !html.contains("highfields.example.org"), "{html}");
    assert_eq!(form_action(&html, &format!(r#"value="{worker_id}""#)), "/api/remove-member");
    let remove = |who: &Signed<'_>, id: &str| {
        let (who, id) = (who.cookie.clone(), id.to_string());
        let server = &server;
        async move { Signed { server, cookie: who }.call("remove-member", &[("id", id.as_str())]).await.0 }
    };
    let nobody = Signed { server: &server, cookie: String::new() };

    // Nobody else may: signed out, a worker, the coordinator, another organisation's admin
    // (who is told nothing about the id), nor the admin themselves.
    assert_eq!(remove(&nobody, &worker_id).await, 401);
    assert_eq!(remove(&worker, &admin_id).await, 403);
    let coordinator = sign_in(&server, "coordinator@example.org").await;
    assert_eq!(remove(&coordinator, &worker_id).await, 403);
    let other = sign_in(&server, "admin@wesley.example.org").await;
    assert_eq!(remove(&other, &worker_id).await, 404);
    assert_eq!(remove(&admin, &admin_id).await, 400);
    assert_eq!(remove(&admin, "not-an-id").await, 404);
    assert_eq!(worker.me().await.0, 200, "refused attempts changed nothing");
    let (status, html) = page(&server, Some(&worker.cookie), "/members").await;
    assert_eq!(status, 403);
    assert_eq!(alert(&html), "Only your organisation's admins can see and manage its members.", "{html}");

    // The worker's phone holds two referrals it could not send yet (it says so, counts only).
    let report = json!({ "device": uuid::Uuid::now_v7(), "authors": [{ "author": worker_id, "count": 2, "oldest_ms": now_ms() - 3_600_000 }] });
    let r = client().post(server.url("/api/referrals/v1/waiting")).json(&report).send().await.unwrap();
    assert_eq!(r.status(), 204);
    let (_, html) = page(&server, Some(&admin.cookie), "/members").await;
    assert!(!html.contains("2 referrals, waiting since"), "only for members whose access was removed: {html}");

    // The admin removes the worker: the session ends at once, signing in fails like a wrong
    // password, and the list no longer shows them, but says what they left on a phone.
    assert_eq!(remove(&admin, &worker_id).await, 200);
    assert_eq!(worker.me().await.0, 401);
    let r = login_response(&server, "worker@zamzam.example.org", PASSWORD, None).await;
    assert!(r.headers()["location"].to_str().unwrap().starts_with("/login?error=invalid"), "{:?}", r.headers());
    let (_, html) = page(&server, Some(&admin.cookie), "/members").await;
    assert!(!html.contains(r#"aria-label="Remove access for worker@zamzam.example.org""#), "{html}");
    assert!(html.contains("left referrals on a phone that were never sent") && html.contains("2 referrals, waiting since"), "{html}");
    assert!(html.contains("worker@zamzam.example.org"), "{html}");
    assert_eq!(remove(&admin, &worker_id).await, 404, "already removed");
    // Another organisation's admin is not told.
    let (_, html) = page(&server, Some(&other.cookie), "/members").await;
    assert!(!html.contains("zamzam.example.org"), "{html}");
}

#[tokio::test]
async fn a_removed_admins_unused_invitations_stop_working() {
    let server = network().await;
    let zamzam = sign_in(&server, "admin@zamzam.example.org").await;
    // A second admin, invited by the first, makes an invitation and then leaves.
    let (_, invitation) = zamzam.invite("org-admin").await;
    let path_of = |link: &Value| link["link"].as_str().unwrap().trim_start_matches(&server.base).to_string();
    let accept = |path: String, email: &'static str| {
        let url = server.url(&path);
        async move { client().post(url).form(&[("email", email), ("password", PASSWORD)]).send().await.unwrap() }
    };
    let r = accept(path_of(&invitation), "second@zamzam.example.org").await;
    let second = Signed { server: &server, cookie: session_cookie(&r).unwrap().split(';').next().unwrap().to_string() };
    let (_, me) = second.me().await;
    let (_, theirs) = second.invite("worker").await;
    assert_eq!(zamzam.call("remove-member", &[("id", me["id"].as_str().unwrap())]).await.0, 200);
    let r = accept(path_of(&theirs), "late@zamzam.example.org").await;
    assert_eq!(r.status(), 303);
    assert!(r.headers()["location"].to_str().unwrap().ends_with("?error=account-error-invitation"), "{:?}", r.headers());
    assert!(session_cookie(&r).is_none());
}
