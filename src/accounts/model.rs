//! Roles and the signed-in user, shared by both targets.

use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// What a member of an organisation may do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Role {
    /// Makes referrals; sees the referrals they made.
    Worker,
    /// Also manages members, receives referrals for the organisation's services and sees the
    /// organisation's sent referrals.
    OrgAdmin,
    /// Runs the network: sees anonymised figures only, never names or contact details.
    Coordinator,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Worker, Role::OrgAdmin, Role::Coordinator];

    pub fn code(self) -> &'static str {
        match self {
            Role::Worker => "worker",
            Role::OrgAdmin => "org-admin",
            Role::Coordinator => "coordinator",
        }
    }

    pub fn from_code(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.code() == code)
    }

    /// Workers and organisation admins refer families; coordinators do not.
    pub fn may_refer(self) -> bool {
        matches!(self, Role::Worker | Role::OrgAdmin)
    }
}

/// The signed-in user, as pages and the phone see them.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Me {
    pub id: Uuid,
    pub email: String,
    pub role: Role,
    pub organisation_id: Uuid,
}

/// How long an invitation link works.
pub const INVITATION_DAYS: i64 = 7;

/// A one-time invitation link, as the inviting admin is shown it (once: only a hash of its token
/// is kept). `link` is absolute when the server knew its own address, else a path.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InvitationLink {
    pub link: String,
    pub expires_at_ms: i64,
}

/// A member of an organisation, as its admins see them on the members page.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Member {
    pub id: String,
    pub email: String,
    pub role: Role,
    pub joined_at_ms: i64,
    /// The admin looking at the list (who cannot remove themselves).
    pub you: bool,
}

/// Referrals a phone reports waiting, unsent, for a member whose access was removed: they can
/// never be sent (shown to the organisation's admins on the members page).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnsentOnDevice {
    pub email: String,
    pub count: u32,
    /// When the oldest of them was made, and when a phone last reported them.
    pub oldest_ms: i64,
    pub reported_ms: i64,
}

/// What the members page shows.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct MembersOverview {
    pub members: Vec<Member>,
    pub unsent: Vec<UnsentOnDevice>,
}

/// Shortest password accepted when someone chooses their own.
pub const MIN_PASSWORD_CHARS: usize = 12;
/// Longest (argon2 hashes anything, but a limit keeps requests small).
pub const MAX_PASSWORD_CHARS: usize = 128;

/// The Fluent id of what is wrong with a chosen password, if anything.
pub fn password_problem(password: &str) -> Option<&'static str> {
    let n = password.chars().count();
    if n < MIN_PASSWORD_CHARS {
        Some("account-error-password-short")
    } else if n > MAX_PASSWORD_CHARS {
        Some("account-error-password-long")
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roles_round_trip_and_coordinators_do_not_refer() {
        for role in Role::ALL {
            assert_eq!(Role::from_code(role.code()), Some(role));
        }
        assert!(!Role::Coordinator.may_refer());
        assert!(Role::Worker.may_refer());
    }

    #[test]
    fn passwords_have_a_length_range_in_characters() {
        assert_eq!(password_problem("short"), Some("account-error-password-short"));
        assert_eq!(password_problem("ગુજરાતી-પાસવર્ડ"), None);
        assert_eq!(password_problem(&"x".repeat(129)), Some("account-error-password-long"));
    }
}
