import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { fetchRegisterFields } from './register-fields.api.ts';

const registerFieldKeys = { all: ['register-fields'] as const };

/** The register's own fields, in order; not asked for where the user cannot read the register. */
export function useRegisterFieldsQuery(isEnabled = true) {
  return useQuery({ queryKey: registerFieldKeys.all, queryFn: fetchRegisterFields, enabled: isEnabled });
}

export function useRegisterFieldMutation<Input, Output>(write: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: write,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: registerFieldKeys.all });
      await queryClient.invalidateQueries({ queryKey: ['register'] });
    },
  });
}
