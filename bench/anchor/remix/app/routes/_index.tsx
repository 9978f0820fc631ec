import { useLoaderData } from "@remix-run/react";

export function loader() {
  return { greeting: "hello" };
}

export default function Index() {
  const { greeting } = useLoaderData<typeof loader>();
  return <p>{greeting}</p>;
}
