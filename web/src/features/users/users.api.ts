import { api } from '../../api/client.ts';
import type { InviteUserInput, User, UserEnvelope, UserList } from '../../../../common/auth.schemas.ts';

export async function fetchUsers(): Promise<User[]> {
  const { users } = await api.get<UserList>('/api/users');
  return users;
}

/** Answers 409 email_taken when an account already has this address. */
export async function inviteUser(input: InviteUserInput): Promise<User> {
  const { user } = await api.post<UserEnvelope>('/api/users/invitations', input);
  return user;
}
