; torchsmt obligation pad.vjp_eq_jvp_transpose@3 (lemma, op pad, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((3,),) params {'pads': (1, 2)}, off kinks
(set-info :source |torchsmt lemma pad.vjp_eq_jvp_transpose@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun w_1 () Real)
(assert
 (let (($x31 (= w_1 w_1)))
(not $x31)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun w_2 () Real)
(assert
 (let (($x32 (= w_2 w_2)))
(not $x32)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun w_3 () Real)
(assert
 (let (($x33 (= w_3 w_3)))
(not $x33)))
(check-sat)
