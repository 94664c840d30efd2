; torchsmt obligation slice.jvp_eq_dual@6 (lemma, op slice, jvp_eq_dual)
; the jvp rule equals the dual-number J v at shapes ((6,),), off kinks
(set-info :source |torchsmt lemma slice.jvp_eq_dual@6 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun v0_0 () Real)
(assert
 (let (($x18 (= v0_0 v0_0)))
(not $x18)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun v0_2 () Real)
(assert
 (let (($x19 (= v0_2 v0_2)))
(not $x19)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun v0_4 () Real)
(assert
 (let (($x20 (= v0_4 v0_4)))
(not $x20)))
(check-sat)
