/**
 * Team membership, read so that "cannot see" never passes for "not a member". GitHub answers 404
 * both when a user is not in a team and when the token cannot see the team at all (GITHUB_TOKEN
 * never can: it has no org Members permission). So the team itself is probed first; only when it
 * is visible does a membership 404 mean "not a member". `pending` invitations are not membership.
 */
import { callGitHub, describeGitHubError, GitHubApiError, type GitHubClient } from './client.js';

export const TEAM_PERMISSION =
  'an organization Members: read permission (a GitHub App token) or a PAT with read:org; the workflow GITHUB_TOKEN cannot read teams';

export class TeamResolver {
  private readonly probes = new Map<string, Promise<void>>();
  private readonly answers = new Map<string, Promise<boolean>>();

  constructor(private readonly octokit: GitHubClient) {}

  isActiveMember(org: string, slug: string, login: string): Promise<boolean> {
    const key = `${org}/${slug}:${login}`.toLowerCase();
    let answer = this.answers.get(key);
    if (!answer) {
      answer = this.lookup(org, slug, login);
      this.answers.set(key, answer);
    }
    return answer;
  }

  private probe(org: string, slug: string): Promise<void> {
    const key = `${org}/${slug}`.toLowerCase();
    let probe = this.probes.get(key);
    if (!probe) {
      probe = (async () => {
        try {
          await this.octokit.rest.teams.getByName({ org, team_slug: slug });
        } catch (error) {
          const described = describeGitHubError(
            error,
            `reading team ${org}/${slug}`,
            TEAM_PERMISSION,
          );
          if (described.kind !== 'forbidden' && described.kind !== 'not-found') throw described;
          throw new GitHubApiError(
            `cannot see team ${org}/${slug} (HTTP ${described.status}): it does not exist, or the token cannot read it; the gate needs ${TEAM_PERMISSION}`,
            described.status,
            described.kind,
          );
        }
      })();
      this.probes.set(key, probe);
    }
    return probe;
  }

  private async lookup(org: string, slug: string, login: string): Promise<boolean> {
    await this.probe(org, slug);
    try {
      const { data } = await this.octokit.rest.teams.getMembershipForUserInOrg({
        org,
        team_slug: slug,
        username: login,
      });
      return data.state === 'active';
    } catch (error) {
      // The team is visible, so a 404 here can only mean "not a member".
      if ((error as { status?: unknown }).status === 404) return false;
      return callGitHub(`reading @${login}'s membership in ${org}/${slug}`, TEAM_PERMISSION, () =>
        Promise.reject(error),
      );
    }
  }
}
