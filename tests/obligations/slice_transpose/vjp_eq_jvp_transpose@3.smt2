; torchsmt obligation slice_transpose.vjp_eq_jvp_transpose@3 (lemma, op slice_transpose, vjp_eq_jvp_transpose)
; <w, J v> = <J^T w, v> at shapes ((3,),) params {'shape': (5,), 'starts': (1,), 'ends': (4,)}, off kinks
(set-info :source |torchsmt lemma slice_transpose.vjp_eq_jvp_transpose@3 kind lemma|)
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun w_1 () Real)
(assert
 (let (($x29 (= w_1 w_1)))
(not $x29)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun w_2 () Real)
(assert
 (let (($x30 (= w_2 w_2)))
(not $x30)))
(check-sat)
(reset)
(set-logic QF_NRA)
(declare-fun w_3 () Real)
(assert
 (let (($x31 (= w_3 w_3)))
(not $x31)))
(check-sat)
